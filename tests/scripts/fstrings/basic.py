# Proves: f-strings with expressions, format specs, conversions and = debugging.
name = "tpy"
n = 42
x = 3.14159
print(f"{name} {n} {x}")
print(f"{n:05d} {x:.2f} {name:>6} {name!r} {n=} {x=:.1f}")
print(f"{n * 2} {'nested'} {[1, 2][1]} {name.upper()}")
print(f"{{braces}} {n:{4}} {x:{'.3f'}}")
