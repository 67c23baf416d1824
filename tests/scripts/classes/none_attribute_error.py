# Proves: an attribute access on None raises AttributeError: 'NoneType' object has no attribute.
from typing import Optional
class N:
    def __init__(self) -> None:
        self.nxt: Optional[N] = None
        self.v = 1
n = N()
x: object = n.nxt
print(n.v)
print(getattr(x, "v"))
