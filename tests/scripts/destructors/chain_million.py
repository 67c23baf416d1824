# Proves: freeing a 1 000 000-long chain of objects does not overflow the C stack.
from typing import Optional
class Node:
    __slots__ = ("next",)
    def __init__(self, nxt: "Optional[Node]") -> None:
        self.next = nxt
head: Optional[Node] = None
for _ in range(1000000):
    head = Node(head)
print("built")
head = None
print("freed")
