# Proves: default arguments, keyword arguments, keyword-only and positional-only parameters.
def f(a: int, b: int = 2, *, c: int = 3) -> str:
    return f"{a} {b} {c}"
def g(x: int, y: int, /, z: int = 0) -> int:
    return x * 100 + y * 10 + z
print(f(1), f(1, 5), f(1, c=9), f(a=7, b=8, c=9), f(1, b=0))
print(g(1, 2), g(1, 2, 3), g(1, 2, z=4))
