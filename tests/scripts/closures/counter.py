# Proves: nonlocal lets a closure update its enclosing variable.
from typing import Callable
def make_counter() -> Callable[[], int]:
    count = 0
    def inc() -> int:
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
