# proves: reading an attribute the class does not have is rejected
class Point:
    def __init__(self, x: int) -> None:
        self.x = x


p = Point(1)
print(p.y)  # E:7: "Point" has no attribute "y"
