# Proves: format specs on complex numbers.
z = 1.5 - 2.25j
print(format(z, ""), format(z, ".1f"), format(z, "^20"), format(z, "+.2e"))
print(f"{z:.3g}", f"{3j:.1f}")
