# Proves: the notes' tree with child lists and weakref parent pointers is freed by refcounting alone, children last-to-first after their parent.
import weakref


class Node:
    def __init__(self, name: str, parent: "Node | None" = None) -> None:
        self.name = name
        self.children: list[Node] = []
        self._parent: weakref.ref[Node] | None = None
        if parent is not None:
            self._parent = weakref.ref(parent)
            parent.children.append(self)

    @property
    def parent(self) -> "Node | None":
        return self._parent() if self._parent is not None else None

    def path(self) -> str:
        p = self.parent
        return self.name if p is None else p.path() + "/" + self.name

    def __del__(self) -> None:
        print("free", self.name)


root = Node("root")
a = Node("a", root)
b = Node("b", root)
leaf = Node("leaf", a)
print(leaf.path(), b.path())
p = leaf.parent
print(p is a, a.parent is root, root.parent)
del p, a, b
print("dropping root")
del root
print("leaf's parent now:", leaf.parent)
del leaf
print("end")
