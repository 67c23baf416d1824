# Proves: Optional fields with None narrowing in a linked list.
from typing import Optional
class Node:
    def __init__(self, val: int, nxt: "Optional[Node]" = None) -> None:
        self.val = val
        self.nxt = nxt
head: Optional[Node] = None
for i in range(5):
    head = Node(i, head)
vals = []
cur = head
while cur is not None:
    vals.append(cur.val)
    cur = cur.nxt
print(vals)
