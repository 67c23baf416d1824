# Proves: reversed on list, range, str; sorted of strings and tuples.
print(list(reversed([1, 2, 3])), list(reversed(range(5))), "".join(reversed("abc")))
print(sorted("banana"), sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([3, 1, 2], reverse=True))
