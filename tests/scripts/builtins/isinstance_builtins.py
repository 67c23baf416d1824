# Proves: isinstance with builtin types and bool being an int.
for v in [1, True, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, None, 1j]:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
