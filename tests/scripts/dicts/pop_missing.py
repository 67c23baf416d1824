# Proves: dict.pop without default raises KeyError; popitem on empty dict raises KeyError.
d: dict[str, int] = {}
try:
    d.pop("k")
except KeyError as e:
    print("caught:", e)
print(d.popitem())
