# proves: calls with too many positional arguments are rejected
def f(a: int) -> int:
    return a


f(1, 2)  # E:1: Too many arguments for "f"
