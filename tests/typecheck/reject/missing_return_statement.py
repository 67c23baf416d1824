# proves: a path that falls off the end of a non-None function is rejected
def f(x: int) -> int:  # E:1: Missing return statement
    if x > 0:
        return 1
