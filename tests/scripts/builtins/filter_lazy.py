# Proves: filter is a lazy iterator, with a lambda and with None.
f = filter(lambda x: x % 2 == 1, range(10))
print(next(f), next(f), list(f), list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
