# Proves: assigning a NamedTuple field raises AttributeError: can't set attribute.
from typing import NamedTuple
class P(NamedTuple):
    x: int
p = P(1)
print(p, hash(p) == hash((1,)))
setattr(p, "x", 2)
