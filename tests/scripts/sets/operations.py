# Proves: union, intersection, difference, symmetric difference, subset tests.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= b, a.isdisjoint({7}), a.issubset(range(10)))
a |= {7}
a &= {1, 7, 3}
print(sorted(a))
