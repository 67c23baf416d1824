# Proves: range with start/stop/step, negative steps, len, indexing, containment.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(0, 10, 2) == range(0, 9, 2), list(reversed(range(4))))
