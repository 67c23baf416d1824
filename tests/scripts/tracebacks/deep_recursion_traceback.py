# Proves: a RecursionError traceback (very long) still ends with the exception line.
def f(n: int) -> int:
    return f(n + 1)
f(0)
