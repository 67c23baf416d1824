# proves: functions stored in containers and attributes, then called
from typing import Callable


def inc(x: int) -> int:
    return x + 1


def dec(x: int) -> int:
    return x - 1


ops: dict[str, Callable[[int], int]] = {"inc": inc, "dec": dec}


class Handler:
    def __init__(self, fn: Callable[[int], int]) -> None:
        self.fn = fn

    def run(self, v: int) -> int:
        return self.fn(v)


assert ops["inc"](1) == 2 and Handler(dec).run(5) == 4
assert [f(10) for f in ops.values()] == [11, 9]
