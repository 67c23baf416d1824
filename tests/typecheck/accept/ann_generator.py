# proves: Generator[Y, S, R] annotations, send() and the return value
from typing import Generator


def running_total() -> Generator[int, int, str]:
    total = 0
    while total < 10:
        got = yield total
        total += got
    return "done"


g = running_total()
assert next(g) == 0
assert g.send(4) == 4
try:
    g.send(7)
except StopIteration as e:
    assert e.value == "done"
