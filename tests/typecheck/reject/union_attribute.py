# proves: using a member that only one union item has is rejected
def f(v: int | str) -> str:
    return v.upper()  # E:12: Item "int" of "Union[int, str]" has no attribute "upper"
