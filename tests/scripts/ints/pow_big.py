# Proves: 2 ** 100 and other powers promote to arbitrary precision.
print(2 ** 100)
print(2 ** 64 - 1)
print(3 ** 50)
print((-2) ** 63)
print((-2) ** 63 - 1)
print(10 ** 30 + 1)
print(7 ** 0, 0 ** 0)
