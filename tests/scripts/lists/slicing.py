# Proves: slice reads, slice assignment (growing and shrinking), del with slices and steps.
xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-3:], xs[8:2:-2])
xs[2:5] = [20, 30]
print(xs)
xs[:0] = [-1]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[::3]
print(xs)
del xs[1:3]
print(xs)
