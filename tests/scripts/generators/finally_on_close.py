# Proves: an abandoned generator runs its finally block when it is freed.
from typing import Iterator
def gen() -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen()
print(next(g))
del g
print("after del")
def user() -> None:
    h = gen()
    print(next(h))
    print("leaving user")
user()
print("after user")
