# proves: overrides may widen parameters and narrow return types
class Base:
    def make(self, n: int) -> object:
        return n

    def scale(self, v: int) -> float:
        return v * 1.5


class Derived(Base):
    def make(self, n: float) -> int:
        return int(n) + 1

    def scale(self, v: float) -> float:
        return v * 2


items: list[Base] = [Base(), Derived()]
assert [b.scale(2) for b in items] == [3.0, 4]
assert Derived().make(1) == 2
