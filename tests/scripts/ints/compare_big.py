# Proves: comparisons between small ints, bignums and floats.
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, -(2 ** 100) < 5)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == 2.0 ** 53)
print(1 < 1.5, 2 == 2.0, 3 > 2.999, 10 ** 400 > 1e308)
print(max(3, 2 ** 70, -5), min(3, 2 ** 70, -5))
