# Proves: len() of every sized builtin.
print(len("abc"), len(b"ab"), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(frozenset()))
