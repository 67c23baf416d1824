# examples/cycles.py: reference cycles need the cycle collector.
#
# What it demonstrates: the notes' "Python is sometimes a GC language" loop:
#     a = ['\0' * 10000, None]
#     b = ['\0' * 10000, a]
#     a[1] = b            # a -> b -> a: a cycle
#     aa[i % 1000] = a    # keep the last 1000 cycles alive
# Reference counts alone never free a cycle: each list keeps the other's
# count above zero.  CPython's cycle collector finds such garbage.
# What to look for: with the collector disabled, nothing is freed until
# gc.collect() runs, and it then finds two lists for every dropped cycle;
# dropping `aa` turns the last 1000 cycles into garbage too.  Run with a big
# count and `--gc-on` to watch memory stay bounded with the collector
# running on its own (and climb without it: see shared FACTS, ~1.9 GiB).
# Usage: python3 examples/cycles.py [ITERATIONS] [--gc-on]   (default 3000)
import gc
import sys


def make_cycles(iterations: int, keep: list[list[object] | None]) -> None:
    """Builds `iterations` two-list cycles; `keep` holds the most recent ones."""
    for i in range(iterations):
        a: list[object] = ["\0" * 10000, None]
        b: list[object] = ["\0" * 10000, a]
        a[1] = b
        keep[i % len(keep)] = a


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    iterations = int(args[0]) if args else 3000
    if "--gc-on" in sys.argv:
        aa_on: list[list[object] | None] = [None] * 1000
        make_cycles(iterations, aa_on)
        print(f"{iterations} cycles made with the collector running on its own")
        print("collections per generation:", [s["collections"] for s in gc.get_stats()])
        return

    gc.collect()          # start from a clean slate
    gc.disable()          # collections happen only where this script says
    aa: list[list[object] | None] = [None] * 1000
    make_cycles(iterations, aa)
    kept = sum(1 for x in aa if x is not None)
    print(f"made {iterations} cycles of two lists; aa keeps the last {kept}")
    found = gc.collect()
    print(f"gc.collect() found {found} unreachable objects "
          f"(2 lists x {iterations - kept} dropped cycles)")
    aa = [None] * 1000
    found = gc.collect()
    print(f"after dropping aa, gc.collect() found {found} more (2 x {kept})")
    gc.enable()


main()
