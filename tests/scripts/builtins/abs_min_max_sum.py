# Proves: abs, min, max (with key and default), sum with start.
print(abs(-3), abs(2.5), abs(-0.0), abs(3 - 4j))
print(min(3, 1, 2), max("abc"), max([1, 5, 3], key=lambda v: -v), min([], default="none"))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), 10))
