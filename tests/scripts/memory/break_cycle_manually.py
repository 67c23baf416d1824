# Proves: breaking a parent/child cycle by hand lets refcounting free both at once (notes' advice).
from typing import Optional
class Node:
    def __init__(self, name: str) -> None:
        self.name = name
        self.parent: Optional[Node] = None
        self.children: list[Node] = []
    def __del__(self) -> None:
        print("free", self.name)
def build() -> Node:
    root = Node("root")
    kid = Node("kid")
    root.children.append(kid)
    kid.parent = root
    return root
def dismantle(n: Node) -> None:
    for ch in n.children:
        ch.parent = None
tree: Optional[Node] = build()
assert tree is not None
dismantle(tree)
tree = None
print("done")
