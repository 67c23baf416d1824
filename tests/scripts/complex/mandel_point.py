# Proves: the notes' Mandelbrot inner loop on a few complex points (escape counts).
def escape(c: complex, maxiter: int) -> int:
    z = 0j
    for i in range(maxiter):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return maxiter
for c in (0j, 1 + 1j, -0.75 + 0.1j, 0.3 + 0.5j, -2 + 0j, 0.25 + 0j):
    print(c, escape(c, 300))
