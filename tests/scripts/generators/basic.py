# Proves: a generator yields values lazily; next() and for both drive it.
from typing import Iterator
def count_up(n: int) -> Iterator[int]:
    print("start")
    for i in range(n):
        yield i
    print("end")
g = count_up(3)
print("created")
print(next(g))
for v in g:
    print("got", v)
