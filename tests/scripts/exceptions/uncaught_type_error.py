# Proves: an uncaught TypeError raised explicitly.
def f(x: object) -> int:
    if not isinstance(x, int):
        raise TypeError(f"expected int, got {type(x).__name__}")
    return x
print(f(1))
print(f("s"))
