# Proves: n + 1 / n - 1 with an immediate operand, folded negative literals and
# xs[i] += n on list[int] keep CPython's results across the small/big int edge.
big = 2**62 - 2
n = big
for _ in range(4):
    n += 1
    print(n, n - 1, -n - 1)
m = -(2**62) + 1
for _ in range(3):
    m -= 1
    print(m, m + 1)
xs = [0, 2**62 - 1, -5]
xs[0] += 3
xs[1] += 1
xs[2] -= 1
xs[-1] *= 4
xs[0] += xs[2]
print(xs, -1, -2147483647, -2147483648, -(2**40))
try:
    xs[7] += 1
except IndexError as e:
    print("IndexError", e)
k = 0
while k != -3:
    k -= 1
print(k, abs(-7), [-1, 2][-1])
