# Proves: a suspended generator runs its finally when its last reference goes (del, rebind).
from typing import Iterator
def g(name: str) -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
a = g("a")
next(a)
a = g("b")
print("rebound a")
next(a)
del a
print("deleted")
for v in g("loop"):
    print("got", v)
    break
print("after loop")
