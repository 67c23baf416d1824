# proves: 'def' needs a parameter list
def f -> None:
    pass
