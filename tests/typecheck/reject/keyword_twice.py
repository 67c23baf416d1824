# proves: a parameter given positionally and by keyword is rejected
def f(a: int, b: int = 0) -> int:
    return a + b


f(1, a=2)  # E:1: "f" gets multiple values for keyword argument "a"
