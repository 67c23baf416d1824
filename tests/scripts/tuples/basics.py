# Proves: tuple creation, indexing, slicing, concatenation, count, index.
t = (1, "a", 2.5)
print(t, t[1], t[-1], t[:2], t + (3,), t * 2, len(t))
print((1, 2, 1).count(1), (1, 2, 3).index(3), () == tuple(), (5,))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
