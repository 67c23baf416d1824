# Proves: reflected operators (__radd__) and NotImplemented fallbacks.
class Meters:
    def __init__(self, v: int) -> None:
        self.v = v
    def __add__(self, o: object) -> "Meters":
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o: int) -> "Meters":
        return Meters(self.v + o)
    def __repr__(self) -> str:
        return f"{self.v}m"
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), sum([Meters(1), Meters(2)], Meters(0)))
