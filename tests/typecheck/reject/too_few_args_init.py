# proves: constructor calls are checked against __init__
class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


p = Point(1)  # E:5: Missing positional argument "y" in call to "Point"
q = Point(1, 2, 3)  # E:5: Too many arguments for "Point"
