# Proves: a large dict of lists is released on rebind and rebuilt.
d: dict[int, list[int]] = {i: [i] * 5 for i in range(50000)}
print(len(d), sum(len(v) for v in d.values()))
d = {}
print(len(d))
