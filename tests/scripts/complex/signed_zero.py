# Proves: complex() and unary minus keep the signs of zero parts as CPython does.
z = 0j
x = -0.0
c = complex(1.0, 2.0)
print(-z, -(-z), -complex(0, 0), complex(x, x), complex(0, x), complex(x))
print(complex(1, x), complex(c, x), complex(x, c), complex(c), complex(c, 0.0))
print(complex(real=x), complex(imag=x), complex(x, 0), complex(-1j, x))
print(repr(-z), str(-complex(x, x)), -c, +complex(x, x))
