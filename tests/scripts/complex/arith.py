# Proves: complex + - * / and ** with ints, floats and complex.
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a * 2, 2 * a, a / 2, a + 1.5)
print(a ** 2, a ** 0.5, (1j) ** 2, pow(a, 3))
print(-a, +a, a == 3 + 4j, a != b)
