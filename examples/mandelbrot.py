# examples/mandelbrot.py: the EuroPython 2011 tutorial's pure-Python Mandelbrot.
#
# What it demonstrates: a tight numerical loop over lists of complex numbers,
# the workload of "High Performance Python" (see the notes).  Almost all the
# time goes into calc_z_serial_purepython, most of it into abs() (a hypot()
# per call) and list indexing: the place where an interpreter's overhead per
# operation shows, and where a JIT helps most.
# What to look for: the validation sum must be the same everywhere (tpy's
# interpreter and JIT must print exactly CPython's total: no fused
# multiply-add, see shared FACTS); with --time, how long the main loop took.
# Usage: python3 examples/mandelbrot.py [WIDTH [HEIGHT [MAXITER]]] [--time]
#        (default 200 200 300; the tutorial ran 1000 1000 300)
import sys
import time


def calc_z_serial_purepython(q: list[complex], maxiter: int, z: list[complex]) -> list[int]:
    """For each point, the iteration at which |z| exceeded 2 (0 if it never did)."""
    output = [0] * len(q)
    for i in range(len(q)):
        for iteration in range(maxiter):
            z[i] = z[i] * z[i] + q[i]
            if abs(z[i]) > 2.0:
                output[i] = iteration
                break
    return output


def calc_pure_python(w: int, h: int, maxiter: int, show_time: bool) -> int:
    """Builds the grid of points like the tutorial (its step is doubled) and runs it."""
    x1, x2, y1, y2 = -2.13, 0.77, -1.3, 1.3
    x_step = (float(x2 - x1) / float(w)) * 2
    y_step = (float(y1 - y2) / float(h)) * 2
    x: list[float] = []
    y: list[float] = []
    ycoord = y2
    while ycoord > y1:
        y.append(ycoord)
        ycoord += y_step
    xcoord = x1
    while xcoord < x2:
        x.append(xcoord)
        xcoord += x_step
    q: list[complex] = []
    for ycoord in y:
        for xcoord in x:
            q.append(complex(xcoord, ycoord))
    z: list[complex] = [0 + 0j] * len(q)
    print("Total elements:", len(z))
    start_time = time.perf_counter()
    output = calc_z_serial_purepython(q, maxiter, z)
    secs = time.perf_counter() - start_time
    if show_time:
        print(f"Main took {secs:.3f} s")
    validation_sum = sum(output)
    print("Total sum of elements (for validation):", validation_sum)
    return validation_sum


def main() -> None:
    args = [int(arg) for arg in sys.argv[1:] if not arg.startswith("--")]
    w = args[0] if len(args) > 0 else 200
    h = args[1] if len(args) > 1 else w
    maxiter = args[2] if len(args) > 2 else 300
    calc_pure_python(w, h, maxiter, "--time" in sys.argv)


main()
