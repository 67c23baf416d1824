# Proves: __del__ methods that mutate dicts and lists (including the
# containers of the dying cycle), allocate, and trigger gc.collect() from
# inside a collection (which returns 0, as in CPython) are all safe.
import gc

log: list[str] = []
registry: dict[str, object] = {}


class Holder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list[object] = []
        self.table: dict[str, object] = {}

    def __del__(self) -> None:
        log.append("del " + self.name + " nested collect=" + str(gc.collect()))
        self.items.clear()
        self.table.clear()
        registry.pop(self.name, None)
        registry["after-" + self.name] = [self.name] * 3


def make() -> None:
    a = Holder("a")
    b = Holder("b")
    a.items.append(b)
    b.items.append(a)
    a.table["b"] = b
    b.table["a"] = a
    a.items.append(a.table)


gc.collect()
registry["a"] = 1
registry["b"] = 2
make()
print("found", gc.collect())
for line in sorted(log):
    print(line)
print(sorted(registry))


class Collector:
    def __del__(self) -> None:
        # A collection triggered from a refcount-driven __del__: it runs.
        print("collect inside refcount __del__ finds", gc.collect())


def cyc() -> None:
    x: list[object] = []
    x.append(x)


cyc()
c = Collector()
del c
print("done", gc.collect())
