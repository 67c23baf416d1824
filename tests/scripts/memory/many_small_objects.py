# Proves: creating and discarding 100000 small objects keeps working (no leak visible in output).
class P:
    __slots__ = ("x", "y")
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
total = 0
for i in range(100000):
    p = P(i, -i)
    total += p.x + p.y + 1
print(total)
