# Proves: dict insert, lookup, update, delete; insertion order is kept.
d: dict[str, int] = {}
d["b"] = 2
d["a"] = 1
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" in d)
del d["a"]
d["a"] = 100
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
