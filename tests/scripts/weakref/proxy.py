# Proves: a proxy forwards attribute reads, writes, method calls, operators and len; a dead proxy raises ReferenceError; typed fast paths accept proxies.
import weakref


class Point:
    def __init__(self, x: int, y: float) -> None:
        self.x = x
        self.y = y
        self.tags: list[str] = []

    def norm1(self) -> float:
        return abs(self.x) + abs(self.y)

    def move(self, dx: int) -> None:
        self.x += dx

    def __len__(self) -> int:
        return 2

    def __str__(self) -> str:
        return f"Point({self.x}, {self.y})"


def total(p: Point) -> float:
    return p.x + p.y + p.norm1()


pt = Point(1, 2.5)
px = weakref.proxy(pt)
for _ in range(3):
    print(total(pt), total(px))
print(px.x, px.y, px.norm1(), len(px), str(px))
px.move(10)
px.y = 0.5
px.tags.append("t")
print(pt.x, pt.y, pt.tags)
print(px == pt, weakref.proxy(pt) is px)
try:
    hash(px)
except TypeError as e:
    print("TypeError:", e)
nums = {1, 2, 3}
pn = weakref.proxy(nums)
print(2 in pn, len(pn), sorted(pn), pn | {4} == {1, 2, 3, 4})
del pt
for attempt in ("read", "call", "write", "str"):
    try:
        if attempt == "read":
            print(px.x)
        elif attempt == "call":
            total(px)
        elif attempt == "write":
            px.x = 3
        else:
            print(str(px))
    except ReferenceError as e:
        print(attempt, "ReferenceError:", e)
cb_proxy = weakref.proxy(Point(0, 0), lambda p: print("proxy callback"))
print("end")
