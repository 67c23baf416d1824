# proves: a generic-free stack and queue built on list and deque, Optional returns, __len__/__bool__/__iter__, while loops
from collections import deque
from typing import Iterator, Optional


class Stack:
    def __init__(self) -> None:
        self._items: list[int] = []

    def push(self, x: int) -> None:
        self._items.append(x)

    def pop(self) -> Optional[int]:
        return self._items.pop() if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[int]:
        return reversed(self._items)


def balanced(text: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[str] = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


s = Stack()
for i in range(4):
    s.push(i * i)
print(list(s), len(s))
while (top := s.pop()) is not None:
    print("popped", top)
q: deque[str] = deque(["a", "b"])
q.append("c")
q.appendleft("z")
print(q.popleft(), list(q))
print([balanced(t) for t in ["([]{})", "(]", "((", ""]])
