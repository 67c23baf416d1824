# proves: int is accepted where float or complex is expected
def area(r: float) -> float:
    return 3.0 * r * r


def mag2(z: complex) -> float:
    return z.real * z.real + z.imag * z.imag


assert area(2) == 12.0
x: float = 1
x = x + 2
c: complex = 3
c = 2.5
assert mag2(1) == 1.0
xs: list[float] = [1.5, 2.5]
xs.append(3)
assert sum(xs) == 7.0
assert 7 / 2 == 3.5 and 7 // 2 == 3
