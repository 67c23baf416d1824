# Proves: __add__, __sub__, __mul__, __truediv__, __neg__, __abs__ on a vector class.
import math
class V:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
    def __add__(self, o: "V") -> "V":
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o: "V") -> "V":
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k: float) -> "V":
        return V(self.x * k, self.y * k)
    def __rmul__(self, k: float) -> "V":
        return V(self.x * k, self.y * k)
    def __truediv__(self, k: float) -> "V":
        return V(self.x / k, self.y / k)
    def __neg__(self) -> "V":
        return V(-self.x, -self.y)
    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)
    def __repr__(self) -> str:
        return f"V({self.x}, {self.y})"
a = V(1.0, 2.0)
b = V(3.0, 4.0)
print(a + b, a - b, a * 2, 3 * a, b / 2, -a, abs(b))
a += b
print(a)
