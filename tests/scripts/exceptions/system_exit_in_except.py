# Proves: SystemExit passes through except Exception and finally still runs.
import sys
try:
    try:
        sys.exit(4)
    except Exception:
        print("not reached")
    finally:
        print("finally runs")
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(2)
