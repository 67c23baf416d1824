# Proves: a traceback through a generator and the loop consuming it.
from typing import Iterator
def gen(xs: list[int]) -> Iterator[float]:
    for x in xs:
        yield 1 / x
def consume() -> float:
    total = 0.0
    for v in gen([1, 2, 0]):
        total += v
    return total
print(consume())
