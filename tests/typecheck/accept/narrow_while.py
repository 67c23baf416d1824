# proves: narrowing in a while condition applies inside the loop body
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next


def total(n: Optional[Node]) -> int:
    s = 0
    while n is not None:
        s += n.value
        n = n.next
    return s


assert total(Node(1, Node(2, None))) == 3 and total(None) == 0
