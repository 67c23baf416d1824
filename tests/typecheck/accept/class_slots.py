# proves: __slots__ classes with attributes set in __init__
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def dot(self, o: "Vec") -> float:
        return self.x * o.x + self.y * o.y


v = Vec(1.0, 2.0)
v.x = 3.0
assert v.dot(Vec(1.0, 1.0)) == 5.0
