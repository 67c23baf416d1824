# Proves: list creation, indexing, negative indices, len, append, extend, insert.
xs = [1, 2, 3]
xs.append(4)
xs.extend([5, 6])
xs.insert(0, 0)
xs.insert(100, 99)
xs.insert(-1, 98)
print(xs, len(xs), xs[0], xs[-1], xs[-2])
xs[1] = 10
print(xs)
