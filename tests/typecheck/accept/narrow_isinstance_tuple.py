# proves: isinstance with a tuple of classes narrows to their union
def f(v: int | str | list[int]) -> int:
    if isinstance(v, (int, str)):
        return len(str(v))
    return len(v)


def g(o: object) -> float:
    if isinstance(o, (int, float)):
        return o * 2.0
    return 0.0


assert f(123) == 3 and f("ab") == 2 and f([1]) == 1
assert g(2) == 4.0 and g("x") == 0.0
