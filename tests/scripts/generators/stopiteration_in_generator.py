# Proves: StopIteration raised inside a generator becomes RuntimeError (PEP 479).
from typing import Iterator
def g() -> Iterator[int]:
    yield 1
    raise StopIteration
print(list(g()))
