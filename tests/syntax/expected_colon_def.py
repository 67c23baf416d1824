# proves: 'def' without ':' gives "expected ':'"
def f() -> int
    return 1
