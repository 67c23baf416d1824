# Proves: tuple unpacking, swaps, and nested unpacking.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (c, d) in enumerate([("a", 1), ("b", 2)]):
    print(i, c, d)
