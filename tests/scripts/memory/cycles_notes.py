# Proves: the notes' reference-cycle example runs (cycles leak until the collector arrives).
aa: list[object] = []
for _ in range(1000):
    aa.append(None)
for i in range(20000):
    a: list[object] = ["\0" * 1000, None]
    b: list[object] = ["\0" * 1000, a]
    a[1] = b
    aa[i % 1000] = a
print(len(aa))
