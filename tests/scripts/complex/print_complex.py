# Proves: printing complex numbers like CPython: (a+bj), bare imaginary, signs, -0.
print(1 + 2j, 2j, -2j, 1 - 1j, complex(0, 0), complex(-0.0, -0.0))
print(complex(1.5, -2.25), 3 + 0j, (0.1 + 0.2j) * 3)
print(complex(1e20, 1e-20), complex(float("inf"), float("nan")))
print(repr(1j), str(1 + 0j), 1j * 1j)
