# Proves: user __eq__ and __hash__ make instances usable as dict keys and in sets.
class P:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
    def __eq__(self, other: object) -> bool:
        return isinstance(other, P) and self.x == other.x and self.y == other.y
    def __hash__(self) -> int:
        return hash((self.x, self.y))
d = {P(1, 2): "a"}
print(d[P(1, 2)], P(1, 2) in d, len({P(0, 0), P(0, 0), P(1, 0)}), P(1, 2) == P(1, 2), P(1, 2) != P(2, 1))
