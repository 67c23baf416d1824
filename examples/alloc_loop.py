# examples/alloc_loop.py: allocating 10 KB in a tight loop.
#
# What it demonstrates: the notes' "Comparing languages" loop
#     for i in range(1000000):
#         a = '\0' * 10000
# Every iteration makes a new 10 000-character string and rebinds `a`, so the
# previous string's reference count drops to zero and it is freed at once:
# memory use stays flat however many iterations run.
# What to look for: run it with a big count and watch the process's memory
# (e.g. `/usr/bin/time -v python3 examples/alloc_loop.py 1000000`, "Maximum
# resident set size"): it does not climb.  PyPy's JIT notices the string never
# changes and hoists it out of the loop, so there vary the size per iteration
# (`--vary`) to compare honestly.
# Usage: python3 examples/alloc_loop.py [ITERATIONS] [--vary] [--time]
import sys
import time


def alloc_loop(iterations: int, vary: bool) -> int:
    """Allocates `iterations` strings of about 10 000 characters; returns the total length."""
    total = 0
    a = ""
    for i in range(iterations):
        if vary:
            a = "\0" * (10000 + i % 7)
        else:
            a = "\0" * 10000
        total += len(a)
    return total


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    iterations = int(args[0]) if args else 100000
    start = time.perf_counter()
    total = alloc_loop(iterations, "--vary" in sys.argv)
    elapsed = time.perf_counter() - start
    print(f"allocated {iterations} strings, {total} characters in all")
    print("each one was freed as soon as `a` was rebound: memory use stayed flat")
    if "--time" in sys.argv:
        print(f"time: {elapsed:.3f} s ({elapsed / max(iterations, 1) * 1e9:.0f} ns per iteration)")


main()
