# proves: Iterable[T] parameters accept lists, sets, tuples, ranges and generators
from typing import Iterable


def total(xs: Iterable[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


assert total([1, 2]) == 3
assert total({3}) == 3
assert total((1, 1)) == 2
assert total(range(4)) == 6
assert total(x * x for x in range(3)) == 5
