# proves: returning an Optional from a function declared with the plain type is rejected
def f(d: dict[str, int]) -> int:
    return d.get("k")  # E:12: Incompatible return value type (got "Optional[int]", expected "int")
