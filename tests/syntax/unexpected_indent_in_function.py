# proves: an over-indented statement inside a function body
def f() -> None:
    x = 1
        y = 2
