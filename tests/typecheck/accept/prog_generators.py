# proves: generator pipelines: yield, yield from, generator expressions, Iterator/Iterable annotations, next() with default
from typing import Iterable, Iterator


def numbers(limit: int) -> Iterator[int]:
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(xs: Iterable[int]) -> Iterator[int]:
    return (x for x in xs if x % 2 == 0)


def chunks(xs: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(xs), size):
        yield xs[i:i + size]


def flatten(rows: Iterable[list[int]]) -> Iterator[int]:
    for row in rows:
        yield from row


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


squares = [x * x for x in evens(numbers(10))]
print(squares)
print(list(chunks(squares, 2)))
print(sum(flatten(chunks(list(range(7)), 3))))
it = fib()
first = [next(it) for _ in range(10)]
print(first, next(iter([]), -1))
print(max((len(w), w) for w in "a bb ccc dd".split()))
