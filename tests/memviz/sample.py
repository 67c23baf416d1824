import gc
import weakref

class A:
    def __init__(self, name: str) -> None:
        self.name = name
        self.other: "A | None" = None
    def __del__(self) -> None:
        print(self.name, "signing off!")

class S:
    __slots__ = ("x",)
    def __init__(self) -> None:
        self.x = 1

def f() -> None:
    a = A("f-local")

def cb(r: "weakref.ref[A]") -> None:
    print("callback")

f()
b = A("b")
w = weakref.ref(b, cb)
b = A("b2")
x = A("x")
y = A("y")
x.other = y
y.other = x
del x, y
print(gc.collect())
keep = [S() for i in range(5)]
fl = [float(i) for i in range(100)]
