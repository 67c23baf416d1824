# bool, float and complex fields read and written unboxed through typed registers, incl. augmented assignment and __slots__.
from dataclasses import dataclass


class Particle:
    __slots__ = ("x", "v", "alive", "phase", "count")

    def __init__(self, x: float, v: float) -> None:
        self.x = x
        self.v = v
        self.alive = True
        self.phase = 1j
        self.count = 0

    def step(self, dt: float) -> None:
        self.x += self.v * dt
        self.v -= 0.5
        self.alive = self.x < 3
        self.phase *= 1j
        self.count += 1


@dataclass
class Cell:
    weight: float
    on: bool
    z: complex = 0j


ps = [Particle(0.0, 2.0), Particle(1, 1)]
for _ in range(4):
    for p in ps:
        p.step(0.25)
        print(p.x, p.v, p.alive, p.phase, p.count)
c = Cell(1.0, False)
c.weight += 1
c.on = not c.on
c.z += 2
print(c, c.weight, c.on, c.z)
vals: list[float] = [1.0, 2.5, 4]
for i in range(3):
    vals[i] += vals[i - 1] * 0.5
    vals[i] -= i
print(vals)
