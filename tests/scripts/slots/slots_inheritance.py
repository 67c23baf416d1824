# Proves: a __slots__ subclass adds slots to its base's.
class A:
    __slots__ = ("a",)
    def __init__(self) -> None:
        self.a = 1
class B(A):
    __slots__ = ("b",)
    def __init__(self) -> None:
        super().__init__()
        self.b = 2
b = B()
print(b.a, b.b, isinstance(b, A))
