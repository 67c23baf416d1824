# Proves: abs() is hypot, .real/.imag/.conjugate() of complex numbers.
z = 3 + 4j
print(abs(z), z.real, z.imag, z.conjugate())
print(abs(1 + 1j), abs(-2j), abs(complex(1e200, 1e200)))
w = complex(2, -3)
print(w.real * w.imag, w.conjugate() * w)
