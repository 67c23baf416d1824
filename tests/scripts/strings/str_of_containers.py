# Proves: str and repr of nested containers holding strings.
print(["a", "b'c"], ("x",), {"k": "v"}, [("t", 1)])
print(str(["é"]), repr("é"))
print([[], [[]], ()], (1,), ())
