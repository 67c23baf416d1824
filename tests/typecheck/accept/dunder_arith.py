# proves: __sub__, __mul__, __truediv__, __neg__ drive their operators
class V:
    def __init__(self, x: float) -> None:
        self.x = x

    def __sub__(self, o: "V") -> "V":
        return V(self.x - o.x)

    def __mul__(self, k: float) -> "V":
        return V(self.x * k)

    def __truediv__(self, k: float) -> "V":
        return V(self.x / k)

    def __neg__(self) -> "V":
        return V(-self.x)


v = -((V(5) - V(1)) * 3 / 2)
assert v.x == -6.0
