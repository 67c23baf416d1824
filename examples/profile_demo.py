# examples/profile_demo.py: functions of very different cost, for a profiler.
#
# What it demonstrates: "Are you sure it's too slow? Profile before
# optimizing!" (the notes, Guido's advice).  main() calls a cheap function
# many times, a medium one a few times and an expensive one once; intuition
# about which one matters is often wrong, a profile is not.
# What to look for: python3 -m cProfile -s cumulative examples/profile_demo.py
# (and, later, tpy's own profiler): `cheap` has the most calls but little
# time per call; `expensive` one call and the most time; `medium` sits between.
# Usage: python3 examples/profile_demo.py [SCALE]   (default 1)
import math
import sys


def cheap(x: int) -> int:
    return x * 2 + 1


def medium(n: int) -> float:
    total = 0.0
    for k in range(1, n + 1):
        total += math.sqrt(k)
    return total


def expensive(n: int) -> int:
    """Counts the primes below n, the slow way."""
    count = 0
    for candidate in range(2, n):
        is_prime = True
        for d in range(2, int(math.sqrt(candidate)) + 1):
            if candidate % d == 0:
                is_prime = False
                break
        if is_prime:
            count += 1
    return count


def words(n: int) -> dict[str, int]:
    """Builds and counts strings: allocation-heavy rather than arithmetic-heavy."""
    counts: dict[str, int] = {}
    for i in range(n):
        key = "w" + str(i % 97)
        counts[key] = counts.get(key, 0) + 1
    return counts


def main() -> None:
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    small = sum(cheap(i) for i in range(20000 * scale))
    roots = sum(medium(2000 * scale) for _ in range(10))
    primes = expensive(30000 * scale)
    counts = words(20000 * scale)
    print(f"cheap:     {small}")
    print(f"medium:    {roots:.6f}")
    print(f"expensive: {primes} primes below {30000 * scale}")
    print(f"words:     {len(counts)} distinct, {sum(counts.values())} in all")


main()
