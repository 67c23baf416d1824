"""N-body: the Jovian planets orbiting the Sun (the Computer Language
Benchmarks Game's nbody), with bodies as lists of floats.

Advances the system STEPS steps of dt = 0.01 with a simple symplectic
integrator and prints the total energy before and after, to 9 decimals.
Usage: nbody.py [STEPS]
"""

import math
import sys

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    __slots__ = ("pos", "vel", "mass")

    def __init__(self, pos: list[float], vel: list[float], mass: float) -> None:
        self.pos = pos
        self.vel = vel
        self.mass = mass


def make_bodies() -> list[Body]:
    def body(x: float, y: float, z: float, vx: float, vy: float, vz: float,
             mass: float) -> Body:
        return Body([x, y, z],
                    [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR],
                    mass * SOLAR_MASS)

    sun = body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = body(4.84143144246472090e+00, -1.16032004402742839e+00,
                   -1.03622044471123109e-01, 1.66007664274403694e-03,
                   7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = body(8.34336671824457987e+00, 4.12479856412430479e+00,
                  -4.03523417114321381e-01, -2.76742510726862411e-03,
                  4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = body(1.28943695621391310e+01, -1.51111514016986312e+01,
                  -2.23307578892655734e-01, 2.96460137564761618e-03,
                  2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = body(1.53796971148509165e+01, -2.59193146099879641e+01,
                   1.79258772950371181e-01, 2.68067772490389322e-03,
                   1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bodies: list[Body]) -> None:
    px = py = pz = 0.0
    for b in bodies:
        px += b.vel[0] * b.mass
        py += b.vel[1] * b.mass
        pz += b.vel[2] * b.mass
    sun = bodies[0]
    sun.vel[0] = -px / SOLAR_MASS
    sun.vel[1] = -py / SOLAR_MASS
    sun.vel[2] = -pz / SOLAR_MASS


def energy(bodies: list[Body]) -> float:
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        v = b.vel
        e += 0.5 * b.mass * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
        for j in range(i + 1, n):
            b2 = bodies[j]
            dx = b.pos[0] - b2.pos[0]
            dy = b.pos[1] - b2.pos[1]
            dz = b.pos[2] - b2.pos[2]
            e -= (b.mass * b2.mass) / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies: list[Body], dt: float, steps: int) -> None:
    pairs: list[tuple[Body, Body]] = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for b1, b2 in pairs:
            p1 = b1.pos
            p2 = b2.pos
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            v1 = b1.vel
            v2 = b2.vel
            v1[0] -= dx * m2
            v1[1] -= dy * m2
            v1[2] -= dz * m2
            v2[0] += dx * m1
            v2[1] += dy * m1
            v2[2] += dz * m1
        for b in bodies:
            p = b.pos
            v = b.vel
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    bodies = make_bodies()
    offset_momentum(bodies)
    print(f"nbody {steps} steps")
    print(f"{energy(bodies):.9f}")
    advance(bodies, 0.01, steps)
    print(f"{energy(bodies):.9f}")


main()
