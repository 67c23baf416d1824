# Proves: an uncaught ValueError prints a traceback and exits 1; stdout before it is kept.
print("before")
raise ValueError("bad value")
