# Proves: a dict with 100000 int keys survives resizes and deletions.
d: dict[int, int] = {}
for i in range(100000):
    d[i] = i * 2
for i in range(0, 100000, 2):
    del d[i]
print(len(d), d[99999], sum(d.values()), list(d)[:5])
for i in range(10):
    d[i] = -i
print(list(d)[-10:])
