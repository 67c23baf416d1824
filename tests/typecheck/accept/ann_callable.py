# proves: Callable[[args], ret] annotations for functions passed as values
from typing import Callable


def apply(f: Callable[[int, int], int], a: int, b: int) -> int:
    return f(a, b)


def add(a: int, b: int) -> int:
    return a + b


def make_adder(n: int) -> Callable[[int], int]:
    def inner(x: int) -> int:
        return x + n
    return inner


op: Callable[[int, int], int] = add
assert apply(op, 2, 3) == 5
assert apply(lambda a, b: a * b, 2, 3) == 6
assert make_adder(10)(1) == 11
noargs: Callable[[], str] = lambda: "x"
assert noargs() == "x"
