# A subclass overriding a field with a property: the cached field access of a shared site must not bypass the property.
class Point:
    def __init__(self, x: float, label: str) -> None:
        self.x = x
        self.label = label


class Doubled(Point):
    @property
    def x(self) -> float:
        return 100.0

    @x.setter
    def x(self, value: float) -> None:
        print("setter", value)

    @property
    def label(self) -> str:
        return "doubled"

    @label.setter
    def label(self, value: str) -> None:
        print("label setter", value)


def show(p: Point) -> None:
    print(p.x, p.label)


def bump(p: Point) -> None:
    p.x += 1.5
    p.label = p.label + "!"


points = [Point(1.0, "a"), Doubled(2.0, "b"), Point(3.0, "c"), Doubled(4.0, "d")]
for _ in range(2):
    for p in points:
        show(p)
        bump(p)
