# Proves: tuple comparison is lexicographic; equal tuples hash equal; tuples as dict keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, "a")))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(1, 0)], (0, 0) in d)
print(hash((1, 2, 3)), hash(()))
