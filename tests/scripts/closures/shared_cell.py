# Proves: two closures over the same variable share it.
from typing import Callable
def pair() -> tuple[Callable[[int], None], Callable[[], int]]:
    v = 0
    def set_(x: int) -> None:
        nonlocal v
        v = x
    def get() -> int:
        return v
    return set_, get
s, g = pair()
print(g())
s(42)
print(g())
