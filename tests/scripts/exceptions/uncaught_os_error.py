# Proves: opening a missing file raises FileNotFoundError with errno text.
try:
    open("definitely_missing_file.txt")
except OSError as e:
    print("caught", type(e).__name__, e.errno, e.strerror)
open("definitely_missing_file.txt")
