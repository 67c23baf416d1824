# proves: an argument of the wrong type is rejected
def f(x: int, y: str) -> None:
    pass


f("a", "b")  # E:3: Argument 1 to "f" has incompatible type "str"; expected "int"
f(1, 2)  # E:6: Argument 2 to "f" has incompatible type "int"; expected "str"
