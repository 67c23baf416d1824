# proves: nothing may follow **kwargs in a parameter list
def f(**k: int, a: int) -> None:
    pass
