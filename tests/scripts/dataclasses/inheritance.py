# Proves: a dataclass inheriting from a dataclass extends its fields in order.
from dataclasses import dataclass
@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.0
print(Child(1), Child(2, "x", 2.5), Base(0))
