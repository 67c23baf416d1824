# Proves: comparing objects whose __lt__ returns NotImplemented raises TypeError: '<' not supported.
class A:
    def __init__(self, v: int) -> None:
        self.v = v
    def __lt__(self, o: "A") -> bool:
        if self.v < 0:
            return NotImplemented
        return self.v < o.v
print([a.v for a in sorted([A(3), A(1), A(2)])])
print(sorted([A(-1), A(-2)]))
