# proves: closures capture variables of enclosing functions
from typing import Callable


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    def h(x: int) -> int:
        return f(g(x))
    return h


def adders(n: int) -> list[Callable[[int], int]]:
    out: list[Callable[[int], int]] = []
    for i in range(n):
        def add(x: int, i: int = i) -> int:
            return x + i
        out.append(add)
    return out


inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
assert inc_then_double(3) == 8
assert [f(10) for f in adders(3)] == [10, 11, 12]
