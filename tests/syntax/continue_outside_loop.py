# proves: 'continue' outside a loop is a SyntaxError
def f() -> None:
    continue
