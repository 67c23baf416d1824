# Proves: extended slice assignment with a wrong length raises ValueError.
xs = [1, 2, 3, 4]
xs[::2] = [9, 9]
print(xs)
xs[::2] = [1, 2, 3]
