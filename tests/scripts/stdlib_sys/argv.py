# Proves: sys.argv holds the script name and the arguments.
# args: alpha "two words" 3
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[1:])
