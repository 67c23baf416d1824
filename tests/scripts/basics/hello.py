# Proves: the simplest program prints a line and exits 0.
print("hello, world")
