# proves: returning a value of the wrong type is rejected
def f() -> int:
    return "x"  # E:12: Incompatible return value type (got "str", expected "int")


def g(flag: bool) -> str:
    if flag:
        return "a"
    return None  # E:12: Incompatible return value type (got "None", expected "str")
