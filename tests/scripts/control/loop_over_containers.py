# Proves: for loops over list, tuple, str, dict, set (sorted), range and enumerate.
for x in [1, 2]:
    print("list", x)
for t in ("a", "b"):
    print("tuple", t)
for c in "hi":
    print("str", c)
for k in {"k1": 1, "k2": 2}:
    print("dict", k)
for s in sorted({3, 1}):
    print("set", s)
for i, v in enumerate("xy", start=1):
    print("enum", i, v)
