# proves: `continue` narrows the rest of a loop body
def total(xs: list[int | None]) -> int:
    s = 0
    for x in xs:
        if x is None:
            continue
        s += x
    return s


assert total([1, None, 2]) == 3
