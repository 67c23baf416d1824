# Proves: chained generators form a lazy pipeline.
from typing import Iterable, Iterator
def numbers(n: int) -> Iterator[int]:
    for i in range(n):
        print("produce", i)
        yield i
def squares(xs: Iterable[int]) -> Iterator[int]:
    for x in xs:
        yield x * x
def evens(xs: Iterable[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 0:
            yield x
for v in evens(squares(numbers(5))):
    print("consume", v)
