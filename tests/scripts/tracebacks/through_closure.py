# Proves: a traceback through nested closures.
from typing import Callable
def make() -> Callable[[int], int]:
    def inner(n: int) -> int:
        xs = [1, 2, 3]
        return xs[n]
    return inner
f = make()
print(f(2))
print(f(3))
