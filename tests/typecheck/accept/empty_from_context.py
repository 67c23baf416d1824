# proves: empty containers take their type from the context (return, argument, default)
from typing import Optional


def none_yet() -> list[str]:
    return []


def lookup(table: dict[str, int], keys: Optional[list[str]] = None) -> int:
    if keys is None:
        keys = []
    return sum(table[k] for k in keys)


def merge(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    out.update(b)
    return out


pick: list[int] = [] if len(none_yet()) else [1]
assert none_yet() == [] and lookup({}) == 0 and merge({}, {"a": 1}) == {"a": 1} and pick == [1]
