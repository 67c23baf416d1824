# Proves: dataclasses nested inside each other and in lists print recursively.
from dataclasses import dataclass
@dataclass
class Inner:
    v: float
@dataclass
class Outer:
    name: str
    inner: Inner
    items: list[Inner]
o = Outer("o", Inner(1.5), [Inner(0.1), Inner(2.0)])
print(o)
print(o == Outer("o", Inner(1.5), [Inner(0.1), Inner(2.0)]))
