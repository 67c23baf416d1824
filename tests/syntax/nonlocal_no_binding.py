# proves: 'nonlocal' needs a binding in an enclosing function
def f() -> None:
    nonlocal y
