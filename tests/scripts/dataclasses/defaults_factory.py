# Proves: dataclass field defaults and field(default_factory=list).
from dataclasses import dataclass, field
@dataclass
class Inventory:
    name: str
    count: int = 0
    tags: list[str] = field(default_factory=list)
a = Inventory("a")
b = Inventory("b", 3)
a.tags.append("x")
print(a, b, a.tags is not b.tags)
print(Inventory("c", tags=["t"]))
