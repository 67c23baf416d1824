# Proves: complex division by zero raises ZeroDivisionError: complex division by zero.
z = 1 + 1j
print(z / 2)
print(z / 0)
