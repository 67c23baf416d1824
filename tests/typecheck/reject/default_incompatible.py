# proves: a default value must match the parameter's type
def f(x: int = "a") -> int:  # E:16: Incompatible default for argument "x" (default has type "str", argument has type "int")
    return x


def g(y: int = None) -> int:  # E:16: Incompatible default for argument "y" (default has type "None", argument has type "int")
    return 0
