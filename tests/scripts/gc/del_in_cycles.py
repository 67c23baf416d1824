# Proves: __del__ of objects in an unreachable cycle runs exactly once, with
# the cycle still intact, before the cycle is broken; a second collection
# finds nothing.
import gc


class Node:
    def __init__(self, name: str) -> None:
        self.name = name
        self.next: "Node | None" = None

    def __del__(self) -> None:
        nxt = self.next
        print("del", self.name, "next is", nxt.name if nxt is not None else None)


def ring(n: int) -> None:
    nodes = [Node("n" + str(i)) for i in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]


gc.collect()
ring(3)
print("collected", gc.collect())
print("again", gc.collect())
ring(1)
print("collected", gc.collect())
