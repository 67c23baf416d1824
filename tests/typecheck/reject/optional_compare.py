# proves: ordering comparison on an Optional value is rejected
def f(x: int | None) -> bool:
    return x < 3  # E:12: Unsupported operand types for > ("int" and "None")
