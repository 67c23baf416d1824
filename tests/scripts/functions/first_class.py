# Proves: functions are values: passed, stored, returned, compared by identity.
from typing import Callable
def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
def sq(x: int) -> int:
    return x * x
table: dict[str, Callable[[int], int]] = {"sq": sq, "neg": lambda x: -x}
print(apply(sq, 7), table["neg"](3), table["sq"] is sq)
print(sq.__name__, callable(sq), callable(5))
