# proves: typing.NamedTuple classes: fields, defaults, indexing and unpacking
from typing import NamedTuple


class Pair(NamedTuple):
    left: int
    right: str = "r"


p = Pair(1)
a, b = p
assert p.left == 1 and p[1] == "r" and a == 1 and b == "r"
assert p._replace(left=5).left == 5
assert Pair(2, "x") == (2, "x")
