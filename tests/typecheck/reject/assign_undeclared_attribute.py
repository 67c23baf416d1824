# proves: attributes cannot be created outside the class body and __init__/methods
class Point:
    def __init__(self, x: int) -> None:
        self.x = x


p = Point(1)
p.z = 3  # E:1: "Point" has no attribute "z"
