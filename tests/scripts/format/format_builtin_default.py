# Proves: format() without a spec equals str(); format of bool and None.
for v in [1, 1.5, "s", True, None, [1], (2,), 1j]:
    print(format(v), str(v))
print(format(True, "^6") + "|", format(False, "d"))
