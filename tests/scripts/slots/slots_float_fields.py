# Proves: __slots__ with float fields (a vector class) and arithmetic methods.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
    def add(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o: "Vec") -> float:
        return self.x * o.x + self.y * o.y
v = Vec(0.5, 1.5)
w = Vec(2.0, -1.0)
s = v.add(w)
print(s.x, s.y, v.dot(w))
acc = Vec(0.0, 0.0)
for i in range(100):
    acc = acc.add(Vec(0.1, 0.2))
print(acc.x, acc.y)
