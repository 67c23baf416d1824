# Proves: an object resurrected by its __del__ during a collection stays
# alive and intact (with everything it references), its __del__ is not run
# a second time when it dies again, and gc.is_finalized reports it.
import gc

saved: list[object] = []


class Phoenix:
    def __init__(self, name: str) -> None:
        self.name = name
        self.partner: "Phoenix | None" = None
        self.data = [1, 2, 3]

    def __del__(self) -> None:
        print("del", self.name)
        saved.append(self)


def make() -> None:
    a = Phoenix("a")
    b = Phoenix("b")
    a.partner = b
    b.partner = a


gc.collect()
make()
n = gc.collect()
print("found", n)
print(len(saved))
for p in saved:
    assert isinstance(p, Phoenix)
    print(p.name, p.data, p.partner.name if p.partner is not None else None, gc.is_finalized(p))
saved.clear()
print("second death", gc.collect())
print("left", len(saved))
