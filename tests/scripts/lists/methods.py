# Proves: pop, remove, index, count, reverse, copy, clear.
xs = [5, 3, 5, 1, 5]
print(xs.pop(), xs.pop(0), xs)
xs.remove(5)
print(xs, xs.index(1), xs.count(5))
ys = xs.copy()
ys.reverse()
print(xs, ys)
ys.clear()
print(ys, xs)
