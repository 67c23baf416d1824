# proves: iterating an Optional list without narrowing is rejected
from typing import Optional


def total(xs: Optional[list[int]]) -> int:
    s = 0
    for x in xs:  # E:14: Item "None" of "Optional[List[int]]" has no attribute "__iter__" (not iterable)
        s += x
    return s
