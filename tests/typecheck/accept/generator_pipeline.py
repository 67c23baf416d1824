# proves: chaining generators: a pipeline of generator functions and expressions
from typing import Iterable, Iterator


def numbers(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def squares(xs: Iterable[int]) -> Iterator[int]:
    for x in xs:
        yield x * x


def take(xs: Iterator[int], k: int) -> list[int]:
    out: list[int] = []
    for x in xs:
        if len(out) == k:
            break
        out.append(x)
    return out


evens = (x for x in squares(numbers(100)) if x % 2 == 0)
assert take(evens, 3) == [0, 4, 16]
