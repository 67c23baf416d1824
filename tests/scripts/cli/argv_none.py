# Proves: with no arguments, sys.argv has just the script name.
import sys
print(len(sys.argv), sys.argv[0].endswith("argv_none.py"))
