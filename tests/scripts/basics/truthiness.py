# Proves: truth values of every built-in kind of value.
vals: list[object] = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {1: 2}, None, True, False, 0j, 1j, b"", b"x", range(0), range(3)]
for v in vals:
    print(repr(v), bool(v), "yes" if v else "no")
