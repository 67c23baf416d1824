# proves: NamedTuple constructors are checked against the fields
from typing import NamedTuple


class Pair(NamedTuple):
    left: int
    right: str


p = Pair("a", "b")  # E:10: Argument 1 to "Pair" has incompatible type "str"; expected "int"
