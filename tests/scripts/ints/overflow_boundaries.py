# Proves: arithmetic at the 63-bit tagged boundary promotes and demotes correctly.
big = 2 ** 62
print(big - 1 + 1, big + big, big * 2 - big)
m = -(2 ** 62)
print(m - 1, m * m, -m)
x = 4611686018427387903
print(x + 1, x * 3, -x - 2)
y = 9223372036854775807
print(y + 1, y * y, y // 3, -y - 1)
print((2 ** 100) // (2 ** 98), (2 ** 100) - (2 ** 100) + 5)
print(abs(-(2 ** 70)))
