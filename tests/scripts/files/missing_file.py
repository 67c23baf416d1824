# Proves: reading a missing file raises FileNotFoundError: [Errno 2] No such file or directory.
import os
print(os.path.exists("_no_such_file.txt"))
open("_no_such_file.txt").read()
