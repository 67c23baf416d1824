# proves: dataclass constructors are checked against the fields
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float = 0.0


a = Item(1)  # E:10: Argument 1 to "Item" has incompatible type "int"; expected "str"
b = Item()  # E:5: Missing positional argument "name" in call to "Item"
c = Item("x", "free")  # E:15: Argument 2 to "Item" has incompatible type "str"; expected "float"
