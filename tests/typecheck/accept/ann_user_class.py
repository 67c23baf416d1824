# proves: user classes as annotations for parameters, returns and containers
class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def origin() -> Point:
    return Point(0, 0)


def norm1(p: Point) -> int:
    return abs(p.x) + abs(p.y)


pts: list[Point] = [origin(), Point(1, -2)]
assert [norm1(p) for p in pts] == [0, 3]
