# examples/weakref_tree.py: trees without reference cycles, thanks to weakref.
#
# What it demonstrates: the notes' "Getting the most out of Python's GC": a
# tree whose nodes keep a list of children and a pointer back to their parent
# is full of cycles (parent -> child -> parent), so refcounting alone never
# frees it and the cycle collector has to.  Making the parent pointer a
# weakref.ref breaks every cycle: dropping the root frees the whole tree at
# once, by reference counting alone.
# What to look for: with weak parent pointers all nodes are freed the moment
# `root` is deleted (gc.collect() finds nothing left); with strong ones none
# is freed until gc.collect() runs.  Also: a weakref answers None once its
# object is gone ("objects might suddenly disappear").
# Usage: python3 examples/weakref_tree.py [DEPTH]   (default 6: 127 nodes)
import gc
import sys
import weakref
from typing import Optional


class Node:
    """A tree node whose parent pointer is weak: no cycles."""
    freed = 0

    def __init__(self, name: str, parent: Optional["Node"] = None) -> None:
        self.name = name
        self.children: list[Node] = []
        self._parent: Optional[weakref.ref[Node]] = None
        if parent is not None:
            self._parent = weakref.ref(parent)
            parent.children.append(self)

    @property
    def parent(self) -> Optional["Node"]:
        return self._parent() if self._parent is not None else None

    def path(self) -> str:
        """Walks up the parent pointers: "root/0/1"."""
        parts: list[str] = []
        node: Optional[Node] = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def __del__(self) -> None:
        Node.freed += 1


class StrongNode:
    """The same tree with an ordinary (strong) parent pointer: every edge is a cycle."""
    freed = 0

    def __init__(self, name: str, parent: Optional["StrongNode"] = None) -> None:
        self.name = name
        self.children: list[StrongNode] = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)

    def __del__(self) -> None:
        StrongNode.freed += 1


def build(depth: int) -> tuple[Node, Node]:
    """A binary tree of the given depth; returns the root and its deepest-leftmost leaf."""
    root = Node("root")
    level = [root]
    for _ in range(depth):
        level = [Node(str(i), parent) for parent in level for i in range(2)]
    return root, level[0]


def build_strong(depth: int) -> StrongNode:
    root = StrongNode("root")
    level = [root]
    for _ in range(depth):
        level = [StrongNode(str(i), parent) for parent in level for i in range(2)]
    return root


def count(node: Node) -> int:
    return 1 + sum(count(child) for child in node.children)


def main() -> None:
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    gc.collect()
    gc.disable()   # so that only reference counting frees anything below

    root, leaf = build(depth)
    print(f"weak parents: {count(root)} nodes; a leaf's path is {leaf.path()}")
    leaf_ref = weakref.ref(leaf)
    del leaf
    del root
    print(f"  after `del root`: {Node.freed} nodes freed by refcounting alone")
    print(f"  the weakref to the leaf now gives {leaf_ref()}")
    print(f"  gc.collect() then finds {gc.collect()} objects")

    strong = build_strong(depth)
    del strong
    print(f"strong parents: after `del root`, {StrongNode.freed} nodes freed")
    found = gc.collect()
    print(f"  gc.collect() finds garbage: {found > 0}; now {StrongNode.freed} nodes freed")
    gc.enable()


main()
