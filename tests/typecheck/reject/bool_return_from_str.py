# proves: a str is not a bool (no truthiness conversion at return)
def f(s: str) -> bool:
    return s  # E:12: Incompatible return value type (got "str", expected "bool")
