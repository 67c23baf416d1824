# Proves: reading a slot that was never assigned raises AttributeError.
class P:
    __slots__ = ("x", "y")
    x: int
    y: int
    def __init__(self) -> None:
        self.x = 1
p = P()
print(p.x)
print(p.y)
