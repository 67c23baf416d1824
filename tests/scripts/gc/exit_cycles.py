# Proves: cyclic garbage still alive at exit is collected after the main
# module's globals are released, and its __del__ runs then, as in CPython;
# the live-object report at exit is zero.
class Node:
    def __init__(self, name: str) -> None:
        self.name = name
        self.other: "Node | None" = None

    def __del__(self) -> None:
        print("del", self.name)


def make(name: str) -> None:
    a = Node(name + "1")
    b = Node(name + "2")
    a.other = b
    b.other = a


make("x")
keep = Node("global")
keep.other = keep
print("end of script")
