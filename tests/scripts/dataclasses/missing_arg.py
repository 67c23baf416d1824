# Proves: a dataclass constructor called with too few arguments via * raises TypeError.
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int
args = [1]
print(P(1, 2))
print(P(*args))
