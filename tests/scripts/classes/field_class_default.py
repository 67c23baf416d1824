# Unboxed fields (float, bool, complex) with a class-level default in a plain
# class: the instance reads the class attribute until it sets its own value,
# and again after `del obj.x`.


class A:
    x: float = 1.5
    b: bool = True
    n: int = 7
    c: complex = 2j
    s: str = "hi"

    def __init__(self) -> None:
        pass

    def twice(self) -> float:
        return self.x * 2.0


class B(A):
    y: float = 0.5

    def __init__(self) -> None:
        super().__init__()
        self.x = 9.0


class P:
    # set in __init__ as well: the instance value wins
    v: float = 0.0
    flag: bool = False

    def __init__(self, v: float) -> None:
        self.v = v
        self.flag = True


def total(ps: list[P]) -> float:
    t = 0.0
    for p in ps:
        t += p.v
    return t


a = A()
print(a.x, a.b, a.n, a.c, a.s, a.twice())
a.x = 2.0
print(a.x, A.x, a.twice())
del a.x
print(a.x, a.twice())
A.x = 3.25
b = A()
print(b.x, a.x)
b.x += 1.0
print(b.x, vars(b), vars(a))
a.c = 1 + 1j
print(a.c, A.c)
del a.c
print(a.c)
bb = B()
print(bb.x, bb.y, bb.b)
bb.b = False
print(bb.b, A.b)
del bb.b
print(bb.b)
try:
    del bb.b
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "x"), hasattr(a, "b"))
ps = [P(float(i)) for i in range(5)]
print(total(ps), ps[2].flag, P.flag, P.v)
del ps[2].v
print(total(ps))
