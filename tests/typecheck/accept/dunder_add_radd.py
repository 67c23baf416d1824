# proves: __add__ and __radd__ drive `+` on user objects (including sum())
class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __radd__(self, other: int) -> "Money":
        return Money(self.cents + other)


m = Money(5) + Money(7)
assert m.cents == 12
assert (3 + Money(1)).cents == 4
assert sum([Money(1), Money(2)], Money(0)).cents == 3
