# Proves: automatic collections at (nearly) every allocation are safe: they
# run inside __del__, during container building and while dicts and lists
# are mutated by finalizers; the output is the same as with refcounting.
import gc

log: list[str] = []


class Item:
    def __init__(self, n: int) -> None:
        self.n = n
        self.peer: "Item | None" = None
        self.bag: dict[int, list[int]] = {n: [n, n + 1]}

    def __del__(self) -> None:
        # Allocates (so may trigger a collection) and mutates containers.
        self.bag[self.n + 100] = [self.n] * 4
        log.append("d" + str(self.n))


def work() -> int:
    total = 0
    for i in range(300):
        a = Item(i)
        b = Item(i + 1000)
        a.peer = b
        b.peer = a
        words = {str(k): [k, str(k)] for k in range(5)}
        total += len(words) + len([x for x in range(i % 7)])
    return total


gc.set_threshold(1, 1, 1)
total = work()
gc.collect()
gc.set_threshold(700, 10, 10)
print(total, len(log))
print(sorted(log)[:5])
