# Proves: @staticmethod and @classmethod, alternative constructors, cls in subclasses.
class Shape:
    sides = 0
    def __init__(self, size: float) -> None:
        self.size = size
    @staticmethod
    def unit() -> str:
        return "cm"
    @classmethod
    def make(cls, size: float) -> "Shape":
        return cls(size)
    @classmethod
    def describe(cls) -> str:
        return f"{cls.__name__} with {cls.sides} sides"
class Square(Shape):
    sides = 4
s = Square.make(2.0)
print(type(s).__name__, s.size, Shape.unit(), s.unit(), Square.describe(), Shape.describe())
