# Proves: freeing a 200 000-deep nest of lists does not overflow the C stack.
root: list[object] = []
cur = root
for _ in range(200000):
    nxt: list[object] = []
    cur.append(nxt)
    cur = nxt
print("nested")
del root, cur, nxt
print("freed")
