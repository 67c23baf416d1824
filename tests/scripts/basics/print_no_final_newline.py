# Proves: output that does not end in a newline is flushed at exit.
print("first line")
print("last", end="")
