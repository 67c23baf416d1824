# examples/slots.py: __slots__ versus an ordinary class.
#
# What it demonstrates: the notes' "Python data model -> __slots__": an
# ordinary instance keeps its attributes in a per-instance dictionary; a class
# with __slots__ reserves fixed places for the names it lists, so instances
# are smaller and cannot grow new attributes.
# What to look for: sys.getsizeof of each kind of instance (and of the
# ordinary one's __dict__), objects and bytes for many instances of each (two
# objects per ordinary point, one per slotted point), and the AttributeError
# when a slotted instance is given an attribute it did not declare.  See shared FACTS for measured sizes
# (CPython 3.11: 56 bytes per 2-field slotted point, 105 per ordinary one).
# Usage: python3 examples/slots.py [COUNT]   (default 10000)
# tpy-output: differs (the sizes are each implementation's own: tpy's instances
# have no per-instance dict; vars()/__dict__ builds one on demand)
import gc
import sys


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y


def footprint_plain(count: int) -> tuple[int, int]:
    """(objects, bytes) for `count` ordinary Points: each is an instance plus its dict."""
    points = [Point(float(i), 0.0) for i in range(count)]
    objects = 0
    size = sys.getsizeof(points)
    for p in points:
        objects += 2
        size += sys.getsizeof(p) + sys.getsizeof(p.__dict__)
    return objects, size


def footprint_slots(count: int) -> tuple[int, int]:
    """(objects, bytes) for `count` SlotPoints: one object each."""
    points = [SlotPoint(float(i), 0.0) for i in range(count)]
    objects = 0
    size = sys.getsizeof(points)
    for p in points:
        objects += 1
        size += sys.getsizeof(p)
    return objects, size


def tracked_by_gc(count: int) -> int:
    """How many more objects the collector tracks while `count` SlotPoints exist."""
    gc.collect()
    before = len(gc.get_objects())
    points = [SlotPoint(float(i), 0.0) for i in range(count)]
    after = len(gc.get_objects())
    del points
    return after - before


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    p = Point(1.0, 2.0)
    s = SlotPoint(1.0, 2.0)
    print(f"sys.getsizeof(Point(...))          = {sys.getsizeof(p)}")
    print(f"sys.getsizeof(Point(...).__dict__) = {sys.getsizeof(p.__dict__)}")
    print(f"sys.getsizeof(SlotPoint(...))      = {sys.getsizeof(s)}")
    print(f"SlotPoint has a __dict__: {hasattr(s, '__dict__')}")

    for name, (objects, size) in (("Point", footprint_plain(count)),
                                  ("SlotPoint", footprint_slots(count))):
        print(f"{count} {name}s: {objects} objects, {size} bytes "
              f"({size / count:.0f} bytes per point, list included)")
    print(f"objects the collector tracks for {count} SlotPoints (+ their list): "
          f"{tracked_by_gc(count)}")

    try:
        setattr(s, "z", 3.0)
        print("a SlotPoint accepted a new attribute?!")
    except AttributeError as exc:
        print(f"a new attribute on a SlotPoint: AttributeError: {exc}")


main()
