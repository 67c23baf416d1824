# Overrides whose parameter and result kinds differ from the method the call site was compiled against (float vs object, bool vs int).
from typing import Union


class Base:
    def scale(self, k: float) -> float:
        return k * 2.0

    def flag(self, on: bool) -> object:
        return on

    def combine(self, a: float, b: complex, c: bool = True) -> complex:
        return a * b if c else b


class Loose(Base):
    def scale(self, k: object) -> float:
        return 1.5 if isinstance(k, float) else -1.0

    def flag(self, on: object) -> bool:
        return on is True


class Wide(Base):
    def combine(self, a: object, b: object, c: object = None) -> complex:
        return complex(str(a).count(".") + 1, 0)


class Sums(Base):
    def scale(self, k: float, extra: float = 10.0) -> float:
        return k + extra


def run(objs: list[Base]) -> None:
    for o in objs:
        print(type(o).__name__, o.scale(3.0), o.scale(2.0), o.flag(True), o.flag(False))
        print(o.combine(2.0, 1 + 2j), o.combine(1.0, 3j, False))


run([Base(), Loose(), Wide(), Sums()])
run([Sums(), Wide(), Loose(), Base()])
