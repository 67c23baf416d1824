# Proves: a generator's return value becomes StopIteration.value, and yield from returns it.
from typing import Generator
def g() -> Generator[int, None, str]:
    yield 1
    return "done"
def outer() -> Generator[int, None, None]:
    r = yield from g()
    print("inner returned", r)
print(list(outer()))
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
