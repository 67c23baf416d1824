# proves: Optional[T] annotations with narrowing before use
from typing import Optional


def find(xs: list[str], target: str) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


idx = find(["a", "b"], "b")
if idx is not None:
    assert idx + 1 == 2
assert find([], "a") is None
