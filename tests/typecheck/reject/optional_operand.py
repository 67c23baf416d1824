# proves: arithmetic on an Optional value without narrowing is rejected
from typing import Optional


def f(x: Optional[int]) -> int:
    return x + 1  # E:12: Unsupported operand types for + ("None" and "int")
