# dataclass(frozen=True): FrozenInstanceError (an AttributeError of the
# dataclasses module) on assignment and deletion, hash of the fields.
import dataclasses
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: int
    y: float = 0.5
    tag: str = "p"


@dataclass(frozen=True)
class Pair:
    a: Point
    b: Point

    def total(self) -> float:
        return self.a.x + self.b.y


@dataclass(frozen=True, eq=True)
class Named:
    name: str

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Named) and self.name.lower() == other.name.lower()


class Sub(Point):
    pass


p = Point(1, 2.0)
print(p, hash(p) == hash(Point(1, 2.0)), hash(p) == hash((1, 2.0, "p")))
print(p == Point(1, 2.0), p != Point(2))
try:
    setattr(p, "x", 5)
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    delattr(p, "y")
except AttributeError as e:
    print(type(e).__name__, type(e).__module__, e)
try:
    setattr(p, "other", 1)
except dataclasses.FrozenInstanceError as e:
    print("caught", e)
print(p.x, p.y, p.tag)
s = {p, Point(1, 2.0), Point(3)}
print(len(s), sorted(q.x for q in s))
d = {Pair(p, Point(2)): "pair"}
print(d[Pair(Point(1, 2.0), Point(2))], Pair(p, p).total())
print(hash(Named("A")) == hash(Named("A")), Named("A") == Named("a"))
sub = Sub(4)
try:
    setattr(sub, "x", 1)
except FrozenInstanceError as e:
    print("Sub:", e)
print(FrozenInstanceError, FrozenInstanceError.__mro__[1], FrozenInstanceError.__name__)
print(repr(FrozenInstanceError("m")))
try:
    raise FrozenInstanceError("custom")
except AttributeError as e:
    print(repr(e))
setattr(p, "y", 3.0)
