# Proves: weak references to objects in an unreachable cycle are cleared by
# the collector and their callbacks run (in CPython's order), callbacks that
# raise are reported and ignored, a callback that touches other objects of
# the dying cycle sees them through (cleared) weak references only, and a
# weakref that is itself garbage never calls back.
import gc
import weakref

log: list[str] = []


class Node:
    def __init__(self, name: str) -> None:
        self.name = name
        self.other: "Node | None" = None


def make_pair() -> "tuple[weakref.ref[Node], weakref.ref[Node]]":
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a
    ra = weakref.ref(a, lambda r: log.append("cb a, b alive? " + str(rb() is not None)))
    rb = weakref.ref(b, lambda r: log.append("cb b"))
    return ra, rb


gc.collect()
ra, rb = make_pair()
print(ra() is not None, rb() is not None)
print("found", gc.collect())
print(ra(), rb())
print(log)


def boom(r: "weakref.ref[Node]") -> None:
    raise ValueError("callback failed")


def make_raising() -> "weakref.ref[Node]":
    n = Node("n")
    n.other = n
    return weakref.ref(n, boom)


r = make_raising()
print("found", gc.collect())
print(r())


def garbage_ref() -> None:
    n = Node("self")
    n.other = n
    holder: list[object] = [weakref.ref(n, lambda r: log.append("never"))]
    holder.append(holder)
    n.other = n
    holder.append(n)


log.clear()
garbage_ref()
gc.collect()
print(log)
