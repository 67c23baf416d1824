# proves: __iter__ written as a generator method makes a class iterable
from typing import Iterator


class Deck:
    def __init__(self, cards: list[str]) -> None:
        self.cards = cards

    def __iter__(self) -> Iterator[str]:
        for c in self.cards:
            yield c


assert [c for c in Deck(["a", "b"])] == ["a", "b"]
assert "b" in Deck(["a", "b"])
