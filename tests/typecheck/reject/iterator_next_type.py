# proves: __next__ results are typed: a str iterator gives str
from typing import Iterator


def f(it: Iterator[str]) -> int:
    return next(it)  # E:12: Incompatible return value type (got "str", expected "int")
