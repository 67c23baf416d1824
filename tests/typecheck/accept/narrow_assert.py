# proves: `assert x is not None` and `assert isinstance(...)` narrow what follows
def f(v: int | None) -> int:
    assert v is not None
    return v + 1


def g(o: object) -> str:
    assert isinstance(o, str)
    return o.upper()


assert f(1) == 2 and g("a") == "A"
