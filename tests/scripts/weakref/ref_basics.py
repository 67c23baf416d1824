# Proves: weakref.ref follows its referent, dies with it (refcounting alone), is shared without callback, hashes and compares like CPython.
import weakref


class C:
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, C) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)


def f() -> None:
    pass


c = C("a")
r = weakref.ref(c)
o = r()
print(o is c, o is not None and o.name)
del o
print(weakref.ref(c) is r, weakref.getweakrefcount(c))
print(repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
print(repr(weakref.ref(f)).endswith(" (f)>"))
h = hash(c)
print(hash(r) == h)
c2 = C("a")
r2 = weakref.ref(c2)
print(r == r2, r != r2, r is r2)
print(len(weakref.getweakrefs(c)))
del c
print(r(), repr(r).endswith("; dead>"))
print(hash(r) == h)
print(r == r2, r != r2)
d: dict[weakref.ref[C], int] = {r2: 1}
print(d[r2])
del c2
print(r2())
try:
    hash(weakref.ref(C("b")))
except TypeError as e:
    print("TypeError:", e)
dead = weakref.ref(C("x"))
print(dead(), dead == dead)
print(type(r) is weakref.ref)
