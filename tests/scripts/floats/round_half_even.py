# Proves: round() on floats uses round-half-even and exact decimal values.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2))
print(round(1e20), round(2.5, 0), round(7.0))
