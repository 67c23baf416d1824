# Proves: frozenset is hashable and usable as a dict key and set element.
f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1])
print(f == g, hash(f) == hash(g), sorted(f | {4}), len(f))
d = {f: "x"}
print(d[g])
ss = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(ss))
