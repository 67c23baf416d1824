# proves: a parameter cannot also be declared global
def f(x: int) -> None:
    global x
