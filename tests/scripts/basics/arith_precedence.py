# Proves: operator precedence and associativity for int arithmetic.
print(2 + 3 * 4)
print((2 + 3) * 4)
print(2 ** 3 ** 2)
print(-2 ** 2)
print(10 - 4 - 3)
print(100 // 7 // 2)
print(7 % 3 * 2)
print(1 + 2 << 3)
print(6 & 3 | 8 ^ 1)
one, two = 1, 2
print(not one == two)
