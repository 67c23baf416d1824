# Proves: the notes' Mandelbrot tutorial on lists of complex (small grid checksum).
def calc(maxiter: int, zs: list[complex], cs: list[complex]) -> list[int]:
    output = [0] * len(zs)
    for i in range(len(zs)):
        n = 0
        z = zs[i]
        c = cs[i]
        while n < maxiter and abs(z) < 2.0:
            z = z * z + c
            n += 1
        output[i] = n
    return output
x1, x2, y1, y2 = -2.13, 0.77, -1.3, 1.3
w = 30
h = 20
xs = [x1 + (x2 - x1) * i / w for i in range(w)]
ys = [y1 + (y2 - y1) * j / h for j in range(h)]
cs = [complex(x, y) for y in ys for x in xs]
zs = [0j] * len(cs)
out = calc(100, zs, cs)
print(sum(out), len(out))
for row in range(0, h, 4):
    print("".join("#" if n == 100 else "." for n in out[row * w:(row + 1) * w]))
