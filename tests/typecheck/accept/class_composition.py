# proves: classes holding other classes, lists of objects and optional links
from typing import Optional


class Engine:
    def __init__(self, hp: int) -> None:
        self.hp = hp


class Car:
    def __init__(self, name: str, engine: Engine) -> None:
        self.name = name
        self.engine = engine
        self.trailer: Optional["Car"] = None


class Garage:
    def __init__(self) -> None:
        self.cars: list[Car] = []

    def add(self, car: Car) -> None:
        self.cars.append(car)

    def total_hp(self) -> int:
        return sum(c.engine.hp for c in self.cars)


g = Garage()
g.add(Car("a", Engine(100)))
g.add(Car("b", Engine(150)))
g.cars[0].trailer = g.cars[1]
t = g.cars[0].trailer
assert g.total_hp() == 250 and t is not None and t.name == "b"
