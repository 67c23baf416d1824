# Proves: lists of floats, sum, min, max, and in-place updates.
xs = [1.5, 2.25, -0.75]
for i in range(len(xs)):
    xs[i] *= 2
print(xs, sum(xs), min(xs), max(xs))
