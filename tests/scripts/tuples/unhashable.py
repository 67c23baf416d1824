# Proves: a tuple containing a list is unhashable: TypeError: unhashable type: 'list'.
t: tuple[int, list[int]] = (1, [2])
print(t)
print(hash(t))
