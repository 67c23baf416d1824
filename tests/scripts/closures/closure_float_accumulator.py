# Proves: a closure accumulating floats (running average).
from typing import Callable
def averager() -> Callable[[float], float]:
    total = 0.0
    n = 0
    def add(x: float) -> float:
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add
avg = averager()
for v in (10.0, 11.0, 12.5):
    print(avg(v))
