# proves: keyword-only parameters cannot be passed positionally
def f(a: int, *, b: int = 0) -> int:
    return a + b


f(1, 2)  # E:1: Too many positional arguments for "f"
