# Proves: sys.exit(0) exits 0 and skips the rest of the script.
import sys
print("before")
sys.exit(0)
print("never")
