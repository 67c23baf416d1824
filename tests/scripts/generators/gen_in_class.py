# Proves: a generator method on a class; iterating a tree in order.
from typing import Iterator, Optional
class Node:
    def __init__(self, v: int, left: "Optional[Node]" = None, right: "Optional[Node]" = None) -> None:
        self.v = v
        self.left = left
        self.right = right
    def walk(self) -> Iterator[int]:
        if self.left is not None:
            yield from self.left.walk()
        yield self.v
        if self.right is not None:
            yield from self.right.walk()
t = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(t.walk()))
