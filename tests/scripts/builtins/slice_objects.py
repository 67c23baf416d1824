# Proves: slice objects used in subscripts and their attributes.
s = slice(1, 8, 2)
xs = list(range(10))
print(xs[s], s.start, s.stop, s.step, "abcdefghij"[s], slice(None, 3))
print(s.indices(5))
