# Proves: RecursionError through repr/hash of user objects is raised at the same depth, with the same message, as CPython's.
import sys
from typing import Callable


class R:
    def __repr__(self) -> str:
        return repr(self)



class H:
    def __hash__(self) -> int:
        return hash(self)


class Nest:
    def __init__(self, depth: int) -> None:
        self.items: list[object] = [Nest(depth - 1)] if depth > 0 else []

    def __repr__(self) -> str:
        return "N" + repr(self.items)


def try_repr() -> None:
    repr(R())


def try_hash() -> None:
    hash(H())


tests: list[tuple[str, Callable[[], None]]] = [
    ("repr", try_repr), ("hash", try_hash)]
for name, fn in tests:
    for limit in (1000, 1001, 1002):
        sys.setrecursionlimit(limit)
        try:
            fn()
        except RecursionError as e:
            print(name, limit, e)
sys.setrecursionlimit(1000)
print(len(repr(Nest(100))))
try:
    print(len(repr(Nest(400))))
except RecursionError as e:
    print("nest", e)
