# Proves: generator expressions feed sum/any/all/max/list lazily.
print(sum(x * x for x in range(10)))
print(any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
print(max((len(w), w) for w in "a bb ccc".split()))
g = (c.upper() for c in "abc")
print(next(g), list(g), list(g))
