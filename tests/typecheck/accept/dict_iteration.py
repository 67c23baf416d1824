# proves: iterating dicts (keys, values, items), insertion order, dict from zip
keys = ["x", "y", "z"]
vals = [1, 2, 3]
d = dict(zip(keys, vals))
assert list(d) == keys and list(d.values()) == vals
acc = ""
for k, v in d.items():
    acc += k * v
assert acc == "xyyzzz"
inv = {v: k for k, v in d.items()}
assert inv[3] == "z"
d2 = {**d, "w": 0}
assert len(d2) == 4 and d2 | {"x": 9} == {"x": 9, "y": 2, "z": 3, "w": 0}
