# proves: union annotations (Union[...] and |) narrowed with isinstance
from typing import Union


def describe(v: Union[int, str]) -> str:
    if isinstance(v, int):
        return "int " + str(v + 1)
    return "str " + v.upper()


def size(v: int | list[int]) -> int:
    if isinstance(v, list):
        return len(v)
    return v


assert describe(1) == "int 2" and describe("a") == "str A"
assert size([1, 2]) == 2 and size(5) == 5
