# proves: a keyword cannot be a parameter name
def f(class: int) -> None:
    pass
