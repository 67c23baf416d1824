# proves: a parameter without default cannot follow one with a default
def f(a: int = 1, b: int) -> None:
    pass
