"""Prints sys.getsizeof of a 2-field `__slots__` instance with int fields
(and of an ordinary 2-field instance, for comparison).  The numbers differ
between implementations by design; bench/run.py reports them side by side."""

import sys


class P:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


class Q:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def main() -> None:
    print(f"slots {sys.getsizeof(P(1, 2))}")
    print(f"plain {sys.getsizeof(Q(1, 2))}")


main()
