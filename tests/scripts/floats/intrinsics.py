# Proves: abs/float/min/max/math.* compiled to single typed instructions keep
# CPython's results and errors (NaN, -0.0, domain and range errors, big ints).
import math


def show(label: str, f: float) -> None:
    print(label, repr(f), math.copysign(1.0, f) if not math.isnan(f) else "nan")


def try_math(name: str, x: float) -> None:
    try:
        if name == "sqrt":
            show(name, math.sqrt(x))
        elif name == "exp":
            show(name, math.exp(x))
        elif name == "cosh":
            show(name, math.cosh(x))
        elif name == "acos":
            show(name, math.acos(x))
        else:
            show(name, math.sin(x))
    except (ValueError, OverflowError) as e:
        print(name, repr(x), type(e).__name__, e)


nan = float("nan")
inf = float("inf")
values = [0.0, -0.0, 1.5, -2.25, nan, inf, -inf, 1e308, 4.0]
for v in values:
    show("abs", abs(v))
    for name in ["sqrt", "exp", "cosh", "acos", "sin"]:
        try_math(name, v)
    show("min", min(v, 1.0))
    show("min2", min(1.0, v))
    show("max", max(v, -0.0))
    show("max2", max(-0.0, v))
    print("lt", v < 1.0, "not lt", not (v < 1.0), "ge", v >= 1.0)
    if v < 2.0:
        print("branch lt")
    if not v < 2.0:
        print("branch not lt")
    if v != v:
        print("branch nan")

for i in [0, -1, 7, -(2**62), 2**62, -(2**100)]:
    print("abs int", abs(i), "float", float(i) if abs(i) < 2**80 else "big")
    n: int = i
    print("sqrt int", math.sqrt(abs(n)))
    if n < 0:
        print("neg")
    if n >= 7:
        print("ge 7")

try:
    print(math.sqrt(-1))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.sqrt(10**400))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(abs(complex(1e308, 1e308)))
except OverflowError as e:
    print("OverflowError", e)

z = complex(3.0, -4.0)
print(abs(z), abs(complex(nan, inf)), abs(complex(0.0, -0.0)))
x: float | None = None
if x is None:
    print("none")
x = 2.5
if x is not None:
    print("not none", x)
a = [1]
b = a
if a is b:
    print("same")
flag = True
if flag == True:
    print("flag")
print(1 < 2.5, 3 > 2.5, 2**60 < 1e30)
