# Proves: opening a directory for reading raises IsADirectoryError.
import os
try:
    open(".")
except IsADirectoryError as e:
    print("caught", e.errno, e.strerror)
print(os.path.isdir("."))
