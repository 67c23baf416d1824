# examples/dis_demo.py: what the interpreter does for `z[i]`, operation by operation.
#
# What it demonstrates: the notes' "Bytecode Analysis": in
#     z[i] = z[i]*z[i] + q[i]
#     if abs(z[i]) > 2.0: ...
# CPython loads `z`, then `z[i]`, again and again, and looks `abs` up in the
# globals and builtins every time, because Python semantics allow any of them
# to change in between.  Hoisting them into locals (`zi`, `qi`, `_abs`) removes
# that work.  Both functions below compute the same result.
# What to look for: python3 -m dis examples/dis_demo.py (or, later,
# `tpy --dis examples/dis_demo.py`) and compare the bytecode of escape_times
# and escape_times_hoisted: count the BINARY_SUBSCR and LOAD_GLOBAL
# instructions inside the inner loop.  For now the script just runs both.
# Usage: python3 examples/dis_demo.py [POINTS]   (default 2000)
import sys


def escape_times(q: list[complex], z: list[complex], maxiter: int) -> list[int]:
    output = [0] * len(q)
    for i in range(len(q)):
        for iteration in range(maxiter):
            z[i] = z[i] * z[i] + q[i]
            if abs(z[i]) > 2.0:
                output[i] = iteration
                break
    return output


def escape_times_hoisted(q: list[complex], z: list[complex], maxiter: int) -> list[int]:
    output = [0] * len(q)
    _abs = abs
    for i in range(len(q)):
        zi = z[i]
        qi = q[i]
        for iteration in range(maxiter):
            zi = zi * zi + qi
            if _abs(zi) > 2.0:
                output[i] = iteration
                break
        z[i] = zi
    return output


def main() -> None:
    points = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    q = [complex(-2.0 + 2.5 * k / points, 0.3) for k in range(points)]
    plain = escape_times(q, [0j] * points, 100)
    hoisted = escape_times_hoisted(q, [0j] * points, 100)
    print(f"{points} points: sum of escape times {sum(plain)}; "
          f"hoisted version agrees: {plain == hoisted}")


main()
