# proves: passing a function whose signature does not match a Callable is rejected
from typing import Callable


def apply(f: Callable[[int], int]) -> int:
    return f(1)


def takes_str(s: str) -> int:
    return len(s)


apply(takes_str)  # E:7: Argument 1 to "apply" has incompatible type "Callable[[str], int]"; expected "Callable[[int], int]"
