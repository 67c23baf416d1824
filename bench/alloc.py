"""Allocation loop: build and drop a 10 000-character string N times
(`'\\0' * 10000`), the refcounting fast path of the allocator: each string
is freed the moment `s` is rebound.  Usage: alloc.py [N]
"""

import sys


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    total = 0
    for _ in range(n):
        s = "\0" * 10000
        total += len(s)
    print(f"alloc {n} x 10000 chars: total {total}")


main()
