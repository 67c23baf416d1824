# proves: del on names, list items, slices, dict keys and attributes-free objects
xs = [1, 2, 3, 4, 5]
del xs[0]
del xs[1:3]
assert xs == [2, 5]
d = {"a": 1, "b": 2}
del d["a"]
assert d == {"b": 2}
tmp = 1
del tmp
a, b = 1, 2
del a, b
