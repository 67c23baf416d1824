# proves: set[T] annotations and set operations
seen: set[int] = {1, 2}
seen.add(3)
seen.discard(1)
assert 2 in seen and 1 not in seen
other: set[int] = {3, 4}
assert seen | other == {2, 3, 4}
assert seen & other == {3}
assert seen - other == {2}
assert seen ^ other == {2, 4}
assert len(set([1, 1, 2])) == 2
