# proves: --strict rejects == between types that can never be equal
def f(x: int, s: str) -> bool:
    return x == s  # E:12: Non-overlapping equality check (left operand type: "int", right operand type: "str")
