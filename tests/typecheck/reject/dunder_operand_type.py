# proves: the argument of a user __add__ is type-checked
class M:
    def __init__(self, c: int) -> None:
        self.c = c

    def __add__(self, other: "M") -> "M":
        return M(self.c + other.c)


m = M(1) + 2  # E:12: Unsupported operand types for + ("M" and "int")
