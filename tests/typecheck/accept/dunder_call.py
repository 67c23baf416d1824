# proves: __call__ makes instances callable, also where a Callable is expected
from typing import Callable


class Multiplier:
    def __init__(self, k: int) -> None:
        self.k = k

    def __call__(self, v: int) -> int:
        return v * self.k


def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)


triple = Multiplier(3)
assert triple(2) == 6 and apply(triple, 5) == 15
assert callable(triple)
