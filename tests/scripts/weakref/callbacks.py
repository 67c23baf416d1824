# Proves: callbacks run when the referent dies, most recently created first, after every ref is cleared; a callback that raises is reported and ignored; a dead weakref's callback never runs.
import weakref


class C:
    def __init__(self, name: str) -> None:
        self.name = name


kept: list[weakref.ref[C]] = []


def bad(ref: weakref.ref[C]) -> None:
    print("bad callback runs")
    raise ValueError("oops in callback")


def keep(ref: weakref.ref[C]) -> None:
    kept.append(ref)    # the weakref survives, its referent does not


c = C("one")
r1 = weakref.ref(c, lambda r: print("cb1", r() is None))
r2 = weakref.ref(c, lambda r: print("cb2", r() is None))
r0 = weakref.ref(c)
r3 = weakref.ref(c, bad)
r4 = weakref.ref(c, keep)
print(weakref.getweakrefcount(c))
print(weakref.getweakrefs(c)[0] is r0)
print("deleting")
del c
print("deleted", len(kept), kept[0] is r4, kept[0]())

# A weak reference that dies before its referent: no callback.
d = C("two")
rd = weakref.ref(d, lambda r: print("never"))
del rd
del d
print("no callback for a dead weakref")


# A callback that looks at other objects, some dying too.
class Holder:
    def __init__(self) -> None:
        self.items: list[C] = [C("x"), C("y")]


h = Holder()
refs = [weakref.ref(it, lambda r: print("item gone; holder has", len(h.items))) for it in h.items]
h.items.pop()
print("popped")
h.items.clear()
print("cleared")


# __del__ runs before the weakrefs are cleared; the callback sees the ref dead.
class D:
    def __del__(self) -> None:
        print("__del__ runs, ref alive:", wd() is self)


dd = D()
wd = weakref.ref(dd, lambda r: print("callback after __del__", r() is None))
del dd
print("end")
