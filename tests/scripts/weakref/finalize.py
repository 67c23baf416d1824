# Proves: weakref.finalize runs once (on death, on call, or at exit, newest first), detach/peek/alive/atexit behave as CPython's, and unstored finalize objects stay registered.
import weakref


class C:
    pass


def bye(tag: str, n: int = 0) -> str:
    print("bye", tag, n)
    return tag


c = C()
f = weakref.finalize(c, bye, "c", n=2)
print(f.alive, f.atexit)
del c
print(f.alive, f(), f.detach(), f.peek())
d = C()
g = weakref.finalize(d, bye, "d")
p = g.peek()
print(p is not None and p[1] is bye, p is not None and p[2], p is not None and p[3])
print(g(), g.alive, g())
del d
e = C()
h = weakref.finalize(e, bye, "e")
print(h.detach() is not None, h.alive)
del e
u = C()
weakref.finalize(u, print, "unstored finalizer runs", sep=": ")
del u
k1 = C()
k2 = C()
weakref.finalize(k1, bye, "at exit 1")
weakref.finalize(k2, bye, "at exit 2")
z = weakref.finalize(k2, bye, "not at exit")
z.atexit = False
print("end")
