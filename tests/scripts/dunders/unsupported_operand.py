# Proves: an operator with no implementation raises TypeError: unsupported operand type(s).
class A:
    def __add__(self, o: object) -> "A":
        if isinstance(o, A):
            return A()
        return NotImplemented
a = A()
print(type(a + A()).__name__)
x: object = 5
print(a + x)
