# proves: __le__, __gt__, __ge__ and __ne__ drive their operators
class Ver:
    def __init__(self, n: int) -> None:
        self.n = n

    def __le__(self, o: "Ver") -> bool:
        return self.n <= o.n

    def __gt__(self, o: "Ver") -> bool:
        return self.n > o.n

    def __ge__(self, o: "Ver") -> bool:
        return self.n >= o.n

    def __ne__(self, o: object) -> bool:
        return not isinstance(o, Ver) or o.n != self.n


assert Ver(1) <= Ver(1) and Ver(2) > Ver(1) and Ver(2) >= Ver(2)
assert Ver(1) != Ver(2) and not (Ver(1) != Ver(1))
