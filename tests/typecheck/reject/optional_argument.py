# proves: passing an Optional where the plain type is required is rejected
def g(x: int) -> int:
    return x


def f(x: int | None) -> int:
    return g(x)  # E:14: Argument 1 to "g" has incompatible type "Optional[int]"; expected "int"
