# proves: a bare return in a function returning int is rejected
def f() -> int:
    return  # E:5: Return value expected
