# Proves: closures capture variables, not values (late binding), and the default-arg fix.
from typing import Callable
fs: list[Callable[[], int]] = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
def bind(v: int) -> Callable[[], int]:
    return lambda: v
gs: list[Callable[[], int]] = []
for i in range(3):
    gs.append(bind(i))
print([g() for g in gs])
