# list[float] items read and written unboxed: negative indexes, shared float objects, aliasing, IndexError.
xs: list[float] = [0.5] * 3
alias = xs[0]
for i in range(3):
    xs[i] += 1.25 * i
    xs[-1 - i] -= 0.125
print(xs, alias)
ys = xs
ys[1] = 7.0
first = xs[0]
xs[0] *= 2.0
print(xs, ys, first, xs is ys)
try:
    xs[3] += 1.0
except IndexError as e:
    print("IndexError:", e)
try:
    print(xs[-4])
except IndexError as e:
    print("IndexError:", e)
grid: list[list[float]] = [[1.0, 2.0], [3.0, 4.0]]
for row in grid:
    for j in range(2):
        row[j] = row[j] * row[j] - 1
print(grid)
