# proves: typing names used in annotations: Optional, Union, Callable, Iterator, Iterable, Generator, Sequence, Mapping, NoReturn, Final
from typing import (Callable, Final, Generator, Iterable, Iterator, Mapping, NoReturn,
                    Optional, Sequence, Union)

LIMIT: Final = 10


def fail(msg: str) -> NoReturn:
    raise RuntimeError(msg)


def first(xs: Sequence[int]) -> Optional[int]:
    return xs[0] if xs else None


def keys(m: Mapping[str, int]) -> list[str]:
    return sorted(m)


def gen(n: int) -> Generator[int, None, None]:
    yield from range(n)


def each(xs: Iterable[Union[int, str]], f: Callable[[str], None]) -> Iterator[str]:
    for x in xs:
        f(str(x))
        yield str(x)


assert first([4, 5]) == 4 and first(()) is None and keys({"b": 1, "a": 2}) == ["a", "b"]
assert list(gen(3)) == [0, 1, 2] and list(each([1, "a"], print)) == ["1", "a"] and LIMIT == 10
try:
    fail("x")
except RuntimeError:
    pass
