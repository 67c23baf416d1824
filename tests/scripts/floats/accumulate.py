# Proves: summing floats accumulates rounding error exactly as CPython does.
t = 0.0
for _ in range(10):
    t += 0.1
print(t, t == 1.0)
print(sum([0.1] * 10))
import math
print(math.fsum([0.1] * 10))
s = 0.0
for i in range(1, 1001):
    s += 1.0 / (i * i)
print(s)
