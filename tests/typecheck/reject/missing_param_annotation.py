# proves: a parameter without an annotation is rejected (--strict)
def f(x, y: int) -> int:  # E:1: Function is missing a type annotation for one or more arguments
    return y
