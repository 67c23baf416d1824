# Proves: sorting 30000 pseudo-random ints (LCG) matches a checksum.
x = 12345
xs = []
for _ in range(30000):
    x = (x * 1103515245 + 12345) % 2147483648
    xs.append(x)
ys = sorted(xs)
print(ys[0], ys[-1], ys[15000], sum(ys[::997]))
xs.sort(reverse=True)
print(xs[:3])
