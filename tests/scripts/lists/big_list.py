# Proves: a list of 200000 ints is built, summed and sliced.
xs = list(range(200000))
print(len(xs), sum(xs), xs[-1], sum(xs[::1000]))
ys = [x * x for x in xs if x % 7 == 0]
print(len(ys), ys[:5], ys[-1])
