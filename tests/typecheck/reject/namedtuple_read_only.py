# proves: NamedTuple fields cannot be assigned
from typing import NamedTuple


class Pair(NamedTuple):
    left: int
    right: int


p = Pair(1, 2)
p.left = 3  # E:1: Property "left" defined in "Pair" is read-only
