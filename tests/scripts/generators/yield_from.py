# Proves: yield from delegates to sub-generators and iterables.
from typing import Iterator
def inner(n: int) -> Iterator[int]:
    yield n
    yield n * 10
def outer() -> Iterator[int]:
    yield from inner(1)
    yield from [7, 8]
    yield from inner(2)
print(list(outer()))
