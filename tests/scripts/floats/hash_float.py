# Proves: hash of integral floats equals hash of the int; hash of 0.5 and inf.
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(0.5), hash(-0.5), hash(float("inf")), hash(float("-inf")), hash(0.0), hash(-0.0))
print(hash(1.5), hash(1e100))
