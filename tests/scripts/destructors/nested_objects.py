# Proves: destroying an owner destroys what it owns, owner's __del__ first.
from typing import Optional
class Child:
    def __init__(self, n: str) -> None:
        self.n = n
    def __del__(self) -> None:
        print("destroy child", self.n)
class Parent:
    def __init__(self) -> None:
        self.kids = [Child("a"), Child("b")]
    def __del__(self) -> None:
        print("destroy parent")
p: Optional[Parent] = Parent()
p = None
print("done")
