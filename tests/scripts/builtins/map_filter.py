# Proves: map and filter are lazy iterators; with lambdas and builtins.
print(list(map(lambda x: x * x, range(5))))
print(list(filter(lambda x: x % 2 == 1, range(10))), list(map(lambda v: -v, [-1, 2, -3])))
m = map(len, ["a", "bb"])
print(next(m), next(m), next(m, -1))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])))
