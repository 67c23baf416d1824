# Proves: os.path.exists/isfile/isdir on the script itself and on a missing path.
import os.path
import sys
print(os.path.exists(sys.argv[0]), os.path.isfile(sys.argv[0]), os.path.isdir(sys.argv[0]))
print(os.path.exists("no/such/path"), os.path.isdir("."))
print(os.path.basename(sys.argv[0]))
