# Proves: operator methods annotated -> bool / -> int may return NotImplemented: the reflected method runs, == falls back to identity, and no fallback raises TypeError; sorting instances without __lt__ raises TypeError.
from typing import Union


class Meters:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, o: object) -> bool:
        if not isinstance(o, Meters):
            return NotImplemented
        return self.v == o.v

    def __lt__(self, o: "Meters") -> bool:
        if o.v < 0:
            return NotImplemented
        return self.v < o.v

    def __gt__(self, o: "Meters") -> bool:
        return self.v > o.v

    def __add__(self, o: Union["Meters", int]) -> int:
        if isinstance(o, int):
            return NotImplemented
        return self.v + o.v

    def __radd__(self, o: int) -> int:
        return 1000 + o + self.v

    def __mul__(self, o: int) -> float:
        return NotImplemented


class Plain:
    pass


a, b = Meters(1), Meters(2)
print(a == b, a == Meters(1), a == "x", a != "x", a != b)
print(a < b, b < a, a < Meters(-1), Meters(-1) > a)
print(a + b, 5 + a)
try:
    print(a + 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a * 3)
except TypeError as e:
    print("TypeError:", e)
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
print(sorted([Meters(3), Meters(1), Meters(2)], key=lambda m: m.v)[0].v)
print(max(a, b).v, min([b, a]).v)
