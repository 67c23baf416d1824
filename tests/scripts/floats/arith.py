# Proves: float arithmetic, // and % with floats and negative operands.
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 0.5, 2 ** 0.5, (-8.0) ** 2, 10.0 ** -2)
print(1e308 * 10, -1e308 * 10)
print(3 * 1.5, 3 + 0.1, 3 - 0.1, 0.1 * 3)
print(abs(-2.5), -(-2.5), +1.5)
