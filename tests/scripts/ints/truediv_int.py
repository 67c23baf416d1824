# Proves: / on ints returns float; int / 0 says division by zero.
print(7 / 2, 6 / 3, -1 / 4, 2 ** 70 / 2 ** 69)
print(1 / 3)
print(10 ** 20 / 7)
print(1 / 0)
