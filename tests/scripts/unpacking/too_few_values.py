# Proves: unpacking too few values raises ValueError: not enough values to unpack.
vals = [1]
a, *b = vals
print(a, b)
c, d = vals
