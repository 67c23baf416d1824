# Proves: non-weakrefable objects raise TypeError like CPython; a dead proxy raises ReferenceError.
import weakref


class P:
    __slots__ = ("x",)

    def __init__(self) -> None:
        self.x = 1


class C:
    def __init__(self) -> None:
        self.v = 3


objs: list[object] = [1, "s", (1,), [1], {1: 2}, P(), 1.5, None, b"x", range(3), True]
for o in objs:
    try:
        weakref.ref(o)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
for o in objs[:3]:
    try:
        weakref.proxy(o)
    except TypeError as e:
        print("TypeError:", e)
p = weakref.proxy(C())
try:
    print(p.v)
except ReferenceError as e:
    print("ReferenceError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs([]))
