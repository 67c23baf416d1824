# Proves: an exception inside a generator propagates to the consumer with a traceback.
from typing import Iterator
def bad() -> Iterator[int]:
    yield 1
    raise ValueError("generator failed")
for v in bad():
    print(v)
