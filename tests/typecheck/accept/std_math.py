# proves: the math module's constants and common functions
import math

assert math.floor(2.7) == 2 and math.ceil(2.1) == 3 and math.trunc(-2.5) == -2
assert math.sqrt(9) == 3.0 and math.isqrt(10) == 3 and math.hypot(3, 4) == 5.0
assert abs(math.sin(math.pi)) < 1e-12 and math.cos(0) == 1.0
assert math.isclose(math.log(math.e), 1.0) and math.log(8, 2) == 3.0 and math.log10(1000) == 3.0
assert math.gcd(12, 18) == 6 and math.factorial(5) == 120 and math.comb(5, 2) == 10
assert math.isinf(math.inf) and math.isnan(math.nan) and math.fabs(-1.5) == 1.5
assert math.pow(2, 3) == 8.0 and math.exp(0) == 1.0 and math.fsum([0.1] * 10) == 1.0
assert math.degrees(math.pi) == 180.0 and math.atan2(1, 1) == math.pi / 4
assert math.prod([1, 2, 3]) == 6 and math.copysign(1, -0.0) == -1.0
