# Proves: objects with equal __hash__ but different __eq__ both stay in a dict.
class K:
    def __init__(self, v: int) -> None:
        self.v = v
    def __hash__(self) -> int:
        return 7
    def __eq__(self, o: object) -> bool:
        return isinstance(o, K) and o.v == self.v
d = {K(1): "one", K(2): "two", K(1): "uno"}
print(len(d), d[K(1)], d[K(2)])
