# proves: @dataclass with defaults and field(default_factory=...)
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)


a = Item("pen")
b = Item("ink", 2.5, ["blue"])
a.tags.append("cheap")
assert a.price == 0.0 and a.tags == ["cheap"] and b.tags == ["blue"]
assert Item("x") == Item("x") and repr(a).startswith("Item(")
