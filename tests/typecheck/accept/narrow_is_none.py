# proves: `is None` / `is not None` narrow Optional values
from typing import Optional


def length(s: Optional[str]) -> int:
    if s is None:
        return 0
    return len(s)


def first_or(xs: list[int], d: int | None) -> int:
    if d is not None:
        return d
    return xs[0]


assert length(None) == 0 and length("ab") == 2
assert first_or([5], None) == 5 and first_or([5], 1) == 1
