# Proves: sys.getrefcount grows with each new reference and shrinks after del (differences only).
import sys
class C:
    pass
c = C()
base = sys.getrefcount(c)
refs = [c, c, c]
print(sys.getrefcount(c) - base)
del refs
print(sys.getrefcount(c) - base)
d = {"k": c}
print(sys.getrefcount(c) - base)
