# proves: a recursive data structure: Optional links, forward-reference annotations, __iter__ generator, __len__, __contains__, __repr__
from typing import Iterator, Optional


class Node:
    def __init__(self, value: int, next: "Optional[Node]" = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self) -> None:
        self.head: Node | None = None
        self.size = 0

    def push(self, value: int) -> None:
        self.head = Node(value, self.head)
        self.size += 1

    def reverse(self) -> None:
        prev: Node | None = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def __iter__(self) -> Iterator[int]:
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self) -> int:
        return self.size

    def __contains__(self, value: object) -> bool:
        return any(v == value for v in self)

    def __repr__(self) -> str:
        return "LinkedList([" + ", ".join(str(v) for v in self) + "])"


ll = LinkedList()
for v in [3, 1, 4, 1, 5]:
    ll.push(v)
print(ll, len(ll), 4 in ll, 9 in ll)
ll.reverse()
print(list(ll), sum(ll), max(ll))
