# Proves: * and ** unpacking inside list, tuple, set and dict displays.
xs = [1, 2]
ys = (3, 4)
print([*xs, *ys, 5], (*xs, 0), sorted({*xs, *ys}))
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2}, {**d2, "c": 4})
