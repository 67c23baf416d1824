# Proves: an impossible allocation raises MemoryError instead of crashing.
try:
    s = "\0" * (1 << 60)
    print(len(s))
except MemoryError:
    print("MemoryError caught")
x = "\0" * (1 << 60)
print(len(x))
