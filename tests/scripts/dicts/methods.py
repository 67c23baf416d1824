# Proves: get, setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.setdefault("z", 3), d.setdefault("x", 9))
print(d.pop("y"), d.pop("nope", -1), d)
d.update({"w": 4, "x": 10})
print(d, d.popitem(), d)
e = d.copy()
d.clear()
print(d, e, dict.fromkeys(["a", "b"], 0))
