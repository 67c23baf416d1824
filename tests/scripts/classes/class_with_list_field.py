# Proves: instance fields holding containers, mutated through methods.
class Stack:
    def __init__(self) -> None:
        self.items: list[int] = []
    def push(self, x: int) -> None:
        self.items.append(x)
    def pop(self) -> int:
        return self.items.pop()
    def __len__(self) -> int:
        return len(self.items)
s = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), s.pop(), s.pop(), len(s), s.items)
