# proves: tpy rejects user-defined decorators (mypy accepts a typed decorator); only
# staticmethod, classmethod, property/setter and dataclass are supported.
from typing import Callable


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    return f


@logged  # E[tpy]:2: unsupported in tpy: decorator 'logged'
def inc(n: int) -> int:
    return n + 1
