# Changing a class after its methods were cached (setattr on a base, classes created and freed in a loop) invalidates the caches.
from typing import Callable


class Base:
    def __init__(self, v: int) -> None:
        self.v = v

    def get(self) -> int:
        return self.v


class Child(Base):
    pass


def other_get(self: Base) -> int:
    return -self.v


def use(objs: list[Base]) -> list[int]:
    return [o.get() + o.v for o in objs]


objs = [Base(1), Child(2)]
print(use(objs))
replacement: Callable[[Base], int] = other_get
setattr(Base, "get", replacement)
print(use(objs))
delattr(Base, "get")
try:
    print(use(objs))
except AttributeError as e:
    print("AttributeError:", e)
setattr(Base, "get", replacement)


def make(n: int) -> Base:
    class Local(Base):
        def get(self) -> int:
            return self.v * n
    return Local(n)


for i in range(5):
    print(use([make(i), Child(i)]))
