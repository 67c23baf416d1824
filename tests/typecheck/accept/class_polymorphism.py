# proves: calling overridden methods through a base-class reference (dynamic dispatch)
class Shape:
    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return type(self).__name__ + " " + str(self.area())


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Sq(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s)


shapes: list[Shape] = [Shape(), Rect(2, 3), Sq(2)]
assert shapes[0].describe() == "Shape 0.0" and shapes[2].describe().startswith("Sq ")
assert [s.area() for s in shapes] == [0.0, 6, 4]
