# Proves: is_integer, as_integer_ratio, hex/fromhex, conjugate on floats.
print((2.0).is_integer(), (2.5).is_integer())
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.0).hex(), float.fromhex("0x1.8p1"))
print(float(7), float("3.25"), 7.0.__trunc__())
