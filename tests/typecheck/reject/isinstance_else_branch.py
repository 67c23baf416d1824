# proves: after isinstance the else branch has the remaining type only
def f(v: int | str) -> int:
    if isinstance(v, int):
        return v
    n = v + 1  # E:13: Unsupported operand types for + ("str" and "int")
    return 0
