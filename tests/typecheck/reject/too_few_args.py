# proves: calls missing a positional argument are rejected
def f(a: int, b: int) -> int:
    return a + b


f(1)  # E:1: Missing positional argument "b" in call to "f"
