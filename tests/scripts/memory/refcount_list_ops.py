# Proves: getrefcount reflects list append, pop, and slicing (differences only).
import sys
class C:
    pass
c = C()
base = sys.getrefcount(c)
xs = [c] * 10
print(sys.getrefcount(c) - base)
ys = xs[:5]
print(sys.getrefcount(c) - base)
xs.clear()
print(sys.getrefcount(c) - base)
del ys
print(sys.getrefcount(c) - base)
