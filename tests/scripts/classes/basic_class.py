# Proves: a class with __init__, fields, methods, and instance independence.
class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y
    def move(self, dx: int, dy: int) -> None:
        self.x += dx
        self.y += dy
p = Point(3, 4)
q = Point(0, 0)
p.move(1, 1)
print(p.x, p.y, p.norm2(), q.x, q.norm2())
