# proves: a function without a return annotation is rejected (--strict)
def f(x: int):  # E:1: Function is missing a return type annotation
    return x
