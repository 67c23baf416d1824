# One method-call site and one field site seeing three (then five) classes: a polymorphic inline cache stays correct.
class Shape:
    def __init__(self, size: int) -> None:
        self.size = size
        self.hits = 0

    def area(self) -> int:
        return self.size * self.size

    def name(self) -> str:
        return "shape"


class Square(Shape):
    def name(self) -> str:
        return "square"


class Tri(Shape):
    def area(self) -> int:
        return self.size * self.size // 2

    def name(self) -> str:
        return "tri"


class Big(Tri):
    def area(self) -> int:
        return 1000 + super().area()


class Huge(Big):
    def name(self) -> str:
        return "huge " + super().name()


def total(shapes: list[Shape]) -> int:
    t = 0
    for s in shapes:
        t += s.area()
        s.hits += 1
        print(s.name(), s.area(), s.hits)
    return t


shapes: list[Shape] = [Shape(2), Square(3), Tri(4)]
print(total(shapes))
print(total(shapes + [Big(5), Huge(6)]))
print(total(shapes + [Huge(1), Big(2), Tri(3)]))
