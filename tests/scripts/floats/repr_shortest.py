# Proves: float repr is the shortest round-trip string (0.1+0.2 and friends).
print(0.1 + 0.2)
print(0.1, 0.2, 0.3, 1 / 3, 2 / 3)
print(1.1 * 3, 100.0, 1e16, 1e15, 123456789012345678.0)
print(1e-5, 0.0001, 1e-4 / 10, 5e-324, 1.7976931348623157e308)
print(1e22, 1e23, 0.5, 2.5e-7, 12345.678)
print(repr(1.0), str(2.0), 3.0 * 1.1)
