# proves: narrowing flows through `and` / `or`
def f(s: str | None) -> bool:
    return s is not None and len(s) > 2


def g(s: str | None) -> int:
    return 0 if s is None or s == "" else len(s)


def h(v: int | str) -> bool:
    return isinstance(v, int) and v > 3


assert f("abc") and not f(None) and not f("a")
assert g(None) == 0 and g("") == 0 and g("ab") == 2
assert h(5) and not h("x")
