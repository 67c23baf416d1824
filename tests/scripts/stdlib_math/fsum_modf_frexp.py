# Proves: fsum exactness, modf, frexp, ldexp.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(1e20), math.ceil(2.0000001))
