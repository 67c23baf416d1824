# Proves: an impossible list repetition raises MemoryError.
try:
    xs = [0] * (1 << 62)
    print(len(xs))
except MemoryError:
    print("list MemoryError caught")
b = b"x" * (1 << 61)
