# proves: using the result of a function that returns None is rejected
def f() -> None:
    pass


x = f()  # E:5: "f" does not return a value
