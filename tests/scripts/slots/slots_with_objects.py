# Proves: __slots__ fields holding objects are released when the instance dies.
class Res:
    def __init__(self, n: str) -> None:
        self.n = n
    def __del__(self) -> None:
        print("free", self.n)
class Holder:
    __slots__ = ("r", "s")
    def __init__(self) -> None:
        self.r = Res("r")
        self.s = Res("s")
h = Holder()
print("made")
del h
print("after del")
