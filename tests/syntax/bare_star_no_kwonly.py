# proves: a bare '*' must be followed by a keyword-only parameter
def f(a: int, *) -> None:
    pass
