# Proves: bitwise and shift operators, including negatives and bignums.
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(-5 & 0xFF, -5 | 2, -5 ^ 2)
print(1 << 70, (1 << 70) >> 68, -1 >> 10, -256 >> 4)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print(0xFF, 0o17, 0b1011, 1_000_000)
