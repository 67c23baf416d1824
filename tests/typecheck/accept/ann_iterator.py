# proves: Iterator[T] as a generator's return annotation
from typing import Iterator


def count_to(n: int) -> Iterator[int]:
    i = 1
    while i <= n:
        yield i
        i += 1


it: Iterator[int] = count_to(3)
assert next(it) == 1
assert list(it) == [2, 3]
