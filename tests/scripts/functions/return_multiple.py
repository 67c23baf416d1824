# Proves: returning tuples and unpacking them; returning None implicitly.
def divmod2(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r)
def nothing() -> None:
    return
print(nothing.__name__)
