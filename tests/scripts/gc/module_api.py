# Proves: the gc module's counters and settings behave as in CPython.
# Differences on purpose: none printed here (counts are normalised).
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.collect()
c = gc.get_count()
print(len(c), c[1], c[2])
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.garbage)
print(gc.is_tracked(1), gc.is_tracked("x"), gc.is_tracked(1.5), gc.is_tracked([]), gc.is_tracked({"a": []}))


class Slots:
    __slots__ = ("a", "b")

    def __init__(self) -> None:
        self.a = 1
        self.b = 2


class Plain:
    def __init__(self) -> None:
        self.x: list[int] = []


print(gc.is_tracked(Plain()))
lst: list[object] = [1, "two"]
inner: list[int] = [3]
lst.append(inner)
print(inner in gc.get_referents(lst))
print(any(r is lst for r in gc.get_referrers(inner)))
objs = gc.get_objects()
print(any(o is lst for o in objs))
events: list[str] = []


def cb(phase: str, info: dict[str, int]) -> None:
    events.append(phase + " gen=" + str(info["generation"]))


gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
print(events)
print(gc.collect(1) >= 0)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
