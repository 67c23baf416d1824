# Proves: sorting user objects by attribute key, then by a method.
class Item:
    def __init__(self, name: str, price: float) -> None:
        self.name = name
        self.price = price
    def label(self) -> str:
        return self.name.lower()
items = [Item("B", 2.5), Item("a", 2.5), Item("C", 1.0)]
print([i.name for i in sorted(items, key=lambda i: i.price)])
print([i.name for i in sorted(items, key=Item.label)])
