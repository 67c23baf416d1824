# Proves: a __slots__ class stores its fields and reads/writes them.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
p = P(1, 2)
p.x += 10
print(p.x, p.y)
pts = [P(i, -i) for i in range(1000)]
print(sum(q.x for q in pts), sum(q.y for q in pts))
