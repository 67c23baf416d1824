# Proves: unpacking the wrong number of values raises ValueError.
pairs = [[1, 2], [3, 4, 5]]
for p in pairs:
    a, b = p
    print(a, b)
