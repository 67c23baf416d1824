# proves: an unknown keyword argument is rejected
def f(a: int, b: int = 0) -> int:
    return a + b


f(1, c=2)  # E:1: Unexpected keyword argument "c" for "f"
