# proves: a conditional expression whose branches do not fit the target is rejected
def f(flag: bool) -> int:
    return 1 if flag else "no"  # E:12: Incompatible return value type (got "object", expected "int")
