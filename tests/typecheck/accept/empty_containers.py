# proves: empty containers typed by an annotation or by the context they flow into
def fill(xs: list[int]) -> list[int]:
    xs.append(1)
    return xs


a: list[str] = []
b: dict[str, list[int]] = {}
c: set[float] = set()
d: dict[int, str] = dict()
a.append("x")
b.setdefault("k", []).append(1)
c.add(1.5)
d[1] = "one"
assert fill([]) == [1]
e: tuple[int, ...] = ()
assert len(a) + len(b) + len(c) + len(d) + len(e) == 4


class Box:
    def __init__(self) -> None:
        self.items: list[int] = []


assert Box().items == []
