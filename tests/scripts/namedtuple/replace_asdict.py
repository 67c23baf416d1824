# Proves: NamedTuple helpers _replace, _asdict and _fields.
from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int
p = Point(1, 2)
print(p._replace(x=5), p._asdict(), Point._fields)
