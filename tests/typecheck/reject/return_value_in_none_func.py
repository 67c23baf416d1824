# proves: a function declared -> None cannot return a value
def f() -> None:
    return 1  # E:5: No return value expected
