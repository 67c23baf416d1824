# proves: a parameter cannot also be declared nonlocal
def outer() -> None:
    x = 1
    def inner(x: int) -> None:
        nonlocal x
