# proves: complex annotations, imaginary literals and complex arithmetic
def square(z: complex) -> complex:
    return z * z


c: complex = 1 + 2j
d = square(c)
assert d == complex(-3, 4)
assert d.real == -3.0 and d.imag == 4.0
