# Proves: typing.NamedTuple fields, indexing, unpacking, repr, equality with tuples.
from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p))
a, b = p
print(a, b, tuple(p), list(p))
