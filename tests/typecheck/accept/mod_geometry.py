# proves: a user module (imported by import_user_module*): functions, classes, constants
import math

UNIT = 1.0


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r


def distance(x1: float, y1: float, x2: float, y2: float) -> float:
    return math.hypot(x2 - x1, y2 - y1)


if __name__ == "__main__":
    assert distance(0, 0, 3, 4) == 5.0
