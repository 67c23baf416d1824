# proves: a small inventory program: dataclasses with defaults, properties, sorting with key lambdas, f-strings
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.quantity


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        if item.name in self.items:
            self.items[item.name].quantity += item.quantity
        else:
            self.items[item.name] = item

    def value(self) -> float:
        return sum(item.total for item in self.items.values())

    def cheapest(self, n: int) -> list[Item]:
        return sorted(self.items.values(), key=lambda i: (i.price, i.name))[:n]

    def tagged(self, tag: str) -> list[str]:
        return [name for name, item in sorted(self.items.items()) if tag in item.tags]


inv = Inventory()
inv.add(Item("apple", 0.5, 10, ["fruit"]))
inv.add(Item("pear", 0.75, 4, ["fruit"]))
inv.add(Item("soap", 2.0, 1))
inv.add(Item("apple", 0.5, 2))
print(f"total value: {inv.value():.2f}")
for item in inv.cheapest(2):
    print(f"{item.name:<8}{item.price:>6.2f} x{item.quantity}")
print(", ".join(inv.tagged("fruit")))
assert inv.items["apple"].quantity == 12
