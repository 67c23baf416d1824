# Proves: __eq__, __lt__, __le__ drive ==, <, sorted, min and max.
class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents
    def __eq__(self, o: object) -> bool:
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o: "Money") -> bool:
        return self.cents < o.cents
    def __le__(self, o: "Money") -> bool:
        return self.cents <= o.cents
    def __repr__(self) -> str:
        return f"${self.cents / 100:.2f}"
ms = [Money(500), Money(125), Money(999), Money(125)]
print(sorted(ms), min(ms), max(ms), Money(1) == Money(1), Money(1) < Money(2), Money(3) <= Money(2))
