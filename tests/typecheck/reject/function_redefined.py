# proves: defining the same function name twice is rejected
def f() -> int:
    return 1


def f() -> int:  # E:1: Name "f" already defined on line 2
    return 2
