# proves: single inheritance, super().__init__ and super().method()
class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return "shape " + self.name


class Square(Shape):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def describe(self) -> str:
        return super().describe() + " " + str(self.side)


s: Shape = Square(2.0)
assert s.describe() == "shape square 2.0" and s.name == "square"
assert isinstance(s, Shape) and issubclass(Square, Shape)
