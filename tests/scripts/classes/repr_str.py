# Proves: __repr__ and __str__ are used by print, str, repr, f-strings and containers.
class V:
    def __init__(self, x: int) -> None:
        self.x = x
    def __repr__(self) -> str:
        return f"V({self.x})"
    def __str__(self) -> str:
        return f"<{self.x}>"
v = V(3)
print(v, str(v), repr(v), f"{v} {v!r}", [v], (v,), {"k": v})
class OnlyRepr:
    def __repr__(self) -> str:
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
