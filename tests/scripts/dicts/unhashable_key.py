# Proves: using a list as a dict key raises TypeError: unhashable type: 'list'.
d: dict[object, int] = {}
d[(1, 2)] = 1
print(d)
d[[1, 2]] = 2
