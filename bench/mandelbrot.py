"""Mandelbrot set, the notes' pure-Python tutorial: lists of complex numbers.

Builds a grid of complex coordinates over [-2.13, 0.77] x [-1.3, 1.3] as
two lists (zs: starting points, all 0; qs: the constants), then iterates
`z = z * z + q` per point until `abs(z) > 2.0` or `maxiter` is reached.
Prints the total iteration count (the checksum) and the count of points that
never escaped.  Usage: mandelbrot.py [WIDTH] [MAXITER]  (the grid is square).
"""

import sys


def calc_z_serial_purepython(maxiter: int, zs: list[complex],
                             qs: list[complex]) -> list[int]:
    output = [0] * len(qs)
    for i in range(len(qs)):
        n = 0
        z = zs[i]
        q = qs[i]
        while n < maxiter:
            z = z * z + q
            if abs(z) > 2.0:
                break
            n += 1
        output[i] = n
    return output


def calc_pure_python(width: int, maxiter: int) -> list[int]:
    x1, x2, y1, y2 = -2.13, 0.77, -1.3, 1.3
    x_step = (x2 - x1) / width
    y_step = (y1 - y2) / width
    x: list[float] = []
    y: list[float] = []
    ycoord = y2
    while len(y) < width:
        y.append(ycoord)
        ycoord += y_step
    xcoord = x1
    while len(x) < width:
        x.append(xcoord)
        xcoord += x_step
    zs: list[complex] = []
    qs: list[complex] = []
    for yc in y:
        for xc in x:
            zs.append(complex(0.0, 0.0))
            qs.append(complex(xc, yc))
    return calc_z_serial_purepython(maxiter, zs, qs)


def main() -> None:
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    maxiter = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    output = calc_pure_python(width, maxiter)
    inside = 0
    for n in output:
        if n == maxiter:
            inside += 1
    print(f"mandelbrot {width}x{width} maxiter {maxiter}: "
          f"sum {sum(output)} inside {inside}")


main()
