# Proves: str() and f-strings of floats agree with repr; large and small exponents.
for v in (1e100, 1.5e-10, 123.456, 1e-7, 0.000123, 1e21, 1.23e21, 9007199254740993.0):
    print(str(v), f"{v}", repr(v))
