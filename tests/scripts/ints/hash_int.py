# Proves: hash of ints is the value for small ints and -1 maps to -2.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(2 ** 100))
