# Proves: dict and set comprehensions.
print({k: len(k) for k in ["a", "bb", "ccc"]})
print({v % 3 for v in range(10)})
print({i: {j for j in range(i)} for i in range(3)})
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv)
