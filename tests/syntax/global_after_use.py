# proves: a name used before its 'global' declaration is rejected
x = 0
def f() -> None:
    x = 1
    global x
