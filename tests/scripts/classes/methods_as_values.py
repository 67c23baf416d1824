# Proves: bound methods remember their instance; unbound via the class.
from typing import Callable
class Acc:
    def __init__(self) -> None:
        self.total = 0
    def add(self, n: int) -> int:
        self.total += n
        return self.total
a = Acc()
f: Callable[[int], int] = a.add
f(5)
f(6)
print(a.total, Acc.add(a, 10), a.total)
ops = [a.add, Acc().add]
print([op(1) for op in ops])
