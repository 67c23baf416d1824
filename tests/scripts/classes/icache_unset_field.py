# Unset and deleted fields read through a cached site: class attribute fallback, then CPython's AttributeError.
class Node:
    label: str = "class-level"

    def __init__(self, value: int) -> None:
        self.value = value
        if value > 1:
            self.label = "own"

    def describe(self) -> str:
        return self.label + ":" + str(self.value)


nodes = [Node(2), Node(1), Node(3)]
for n in nodes:
    print(n.describe())
del nodes[0].label
print(nodes[0].describe())
del nodes[2].value
try:
    print(nodes[2].describe())
except AttributeError as e:
    print("AttributeError:", e)
print(nodes[1].value)
del nodes[1].value
try:
    nodes[1].value += 1
except AttributeError as e:
    print("AttributeError:", e)
nodes[1].value = 7
print(nodes[1].describe())
