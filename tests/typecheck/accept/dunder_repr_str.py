# proves: __repr__ and __str__ drive repr(), str(), print() and f-strings
class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __repr__(self) -> str:
        return "P(" + repr(self.x) + ")"

    def __str__(self) -> str:
        return "<" + str(self.x) + ">"


p = P(3)
assert repr(p) == "P(3)" and str(p) == "<3>"
assert f"{p}" == "<3>" and f"{p!r}" == "P(3)"
assert repr([p]) == "[P(3)]"
print(p)
