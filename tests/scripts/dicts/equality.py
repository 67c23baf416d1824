# Proves: dict equality ignores order; nested dicts and lists as values.
a = {"x": [1, 2], "y": [3]}
b = {"y": [3], "x": [1, 2]}
print(a == b, a != b, list(a) == list(b))
a["x"].append(3)
print(a == b, a)
n1 = {"k": {"z": 1}}
n2 = {"k": {"z": 1}}
print(n1 == n2)
