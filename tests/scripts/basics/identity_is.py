# Proves: is / is not on None, True, and the same list object versus an equal one.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
x: int | None = None
print(x is None, x is not None)
print(True is True, None is None)
