# proves: fields of a frozen dataclass cannot be assigned
from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    x: int


p = P(1)
p.x = 2  # E:1: Property "x" defined in "P" is read-only
