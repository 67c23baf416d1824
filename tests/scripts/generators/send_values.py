# Proves: generator.send passes values in; the first send must be None.
from typing import Generator
def acc() -> Generator[int, int, None]:
    total = 0
    while True:
        x = yield total
        total += x
g = acc()
print(next(g))
print(g.send(5), g.send(10), g.send(-3))
g.close()
print("closed")
