# proves: isinstance narrows a union in the if branch and the else branch
def f(v: int | str) -> int:
    if isinstance(v, str):
        return len(v)
    else:
        return v + 1


assert f("abc") == 3 and f(1) == 2
