# Proves: sys.exit() and sys.exit(None) exit 0; finally blocks run first.
import sys
try:
    sys.exit()
finally:
    print("finally before exit")
