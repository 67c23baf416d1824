# proves: a function with no annotations at all is rejected (--strict)
def f(x):  # E:1: Function is missing a type annotation
    return x
