# proves: a parameter name may appear only once
def f(a: int, a: int) -> None:
    pass
