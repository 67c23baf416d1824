# Proves: set add/discard/remove, membership, len, duplicates removed; printed sorted.
s = {3, 1, 2, 3, 1}
s.add(10)
s.discard(99)
s.discard(1)
s.remove(2)
print(sorted(s), len(s), 3 in s, 1 in s)
print(sorted(set([5, 5, 4])), set(), len(set("aab")))
