# Proves: exact comparison between ints and floats, including huge ints.
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 1 == 1.0000000000000002)
print(float("inf") > 10 ** 1000, float("nan") < 1, -(10 ** 1000) < float("-inf"))
print(0 == -0.0, 3 < 3.5 < 4, 5 >= 5.0)
vals = [3, 2.5, -1, 0.0, 7, 6.9999]
print(sorted(vals), max(vals), min(vals))
