# proves: forward references written as strings, and a class naming itself
from typing import Optional


class Node:
    def __init__(self, value: int, next: "Optional[Node]" = None) -> None:
        self.value = value
        self.next = next

    def prepend(self, value: int) -> "Node":
        return Node(value, self)


def make() -> "Tree":
    return Tree()


class Tree:
    def __init__(self) -> None:
        self.children: list["Tree"] = []


n = Node(2).prepend(1)
assert n.value == 1 and n.next is not None and n.next.value == 2
assert make().children == []
