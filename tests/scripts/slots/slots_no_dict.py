# Proves: assigning an attribute outside __slots__ raises AttributeError at run time (via setattr).
class P:
    __slots__ = ("x",)
    def __init__(self, x: int) -> None:
        self.x = x
p = P(1)
setattr(p, "x", 5)
print(p.x, hasattr(p, "__dict__"))
setattr(p, "z", 3)
