# hash() of an instance is what __hash__ returns when it fits a machine word
# (CPython's slot_tp_hash); bigger results are reduced like hash(int), and -1
# becomes -2.


class Named:
    def __init__(self, name: str) -> None:
        self.name = name

    def __hash__(self) -> int:
        return hash(self.name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Named) and other.name == self.name


class Fixed:
    def __init__(self, value: int) -> None:
        self.value = value

    def __hash__(self) -> int:
        return self.value


print(hash(Named("a")) == hash("a"))
print(hash(Named("spam")) == hash("spam"))
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -2**70]:
    print(v, hash(Fixed(v)), hash(Fixed(v)) == hash(v))
d = {Named("x"): 1}
print(d[Named("x")])
