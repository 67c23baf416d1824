# proves: calls through a Callable value are checked against its signature
from typing import Callable


def run(f: Callable[[int], int]) -> int:
    return f(1, 2)  # E:12: Too many arguments
