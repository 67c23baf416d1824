# proves: class hierarchy with abstract-style base, overriding, super(), __repr__/__eq__/__lt__, sorted() of user objects
import math


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shape) and self.area() == other.area()


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"


shapes: list[Shape] = [Circle(1.0), Rect(2, 3), Square(2)]
for s in sorted(shapes):
    print(s)
print(max(shapes).name, Square(2) == Rect(1, 4), Square(2) == Rect(1, 3))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
