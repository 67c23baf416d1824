# proves: nonlocal rebinds a variable of the enclosing function (closures)
from typing import Callable


def make_counter() -> Callable[[], int]:
    count = 0

    def step() -> int:
        nonlocal count
        count += 1
        return count
    return step


c = make_counter()
c()
assert c() == 2
