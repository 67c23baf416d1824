# proves: generator functions with yield, yield from, and generator return values
from typing import Generator, Iterator


def inner() -> Generator[int, None, str]:
    yield 1
    yield 2
    return "inner done"


def outer() -> Generator[int, None, None]:
    result = yield from inner()
    assert result == "inner done"
    yield 3


def evens(limit: int) -> Iterator[int]:
    yield from range(0, limit, 2)


assert list(outer()) == [1, 2, 3]
assert list(evens(7)) == [0, 2, 4, 6]
