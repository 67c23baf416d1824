# Proves: math's common functions and constants match CPython.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sin(1), math.cos(1), math.tan(1), math.atan2(1, 2))
print(math.log(10), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180), math.copysign(1, -0.0), math.fmod(-7, 3))
