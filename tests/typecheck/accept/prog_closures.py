# proves: closures and higher-order functions: nonlocal counters, returned lambdas, Callable parameters and results
from typing import Callable


def make_counter(start: int = 0) -> Callable[[], int]:
    count = start

    def step() -> int:
        nonlocal count
        count += 1
        return count

    return step


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


def apply_n(f: Callable[[int], int], n: int, x: int) -> int:
    for _ in range(n):
        x = f(x)
    return x


def multiplier(k: int) -> Callable[[int], int]:
    def times(x: int) -> int:
        return x * k
    return times


def make_multipliers() -> list[Callable[[int], int]]:
    return [multiplier(k) for k in range(1, 4)]


counter = make_counter(10)
counter()
print(counter(), counter())
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), apply_n(inc_then_double, 3, 0))
print([m(10) for m in make_multipliers()])
handlers: dict[str, Callable[[str], str]] = {"up": str.upper, "rev": lambda s: s[::-1]}
print({name: h("abc") for name, h in handlers.items()})
