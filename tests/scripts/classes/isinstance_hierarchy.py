# Proves: isinstance and issubclass over a user hierarchy and tuples of classes.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
c = C()
print(isinstance(c, A), isinstance(c, D), isinstance(c, (D, B)), issubclass(C, A), issubclass(A, C))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)))
