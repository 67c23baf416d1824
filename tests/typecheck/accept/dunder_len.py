# proves: __len__ drives len() and the truth value of a user container
class Bag:
    def __init__(self) -> None:
        self.items: list[str] = []

    def __len__(self) -> int:
        return len(self.items)


b = Bag()
assert len(b) == 0 and not b
b.items.append("x")
assert len(b) == 1 and b
