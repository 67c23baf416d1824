# Proves: @dataclass generates __init__, __repr__ and __eq__.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
p = Point(1, 2)
q = Point(1, 2)
print(p, p == q, p != Point(2, 1), p.x + p.y)
p.x = 10
print(p, repr(p))
