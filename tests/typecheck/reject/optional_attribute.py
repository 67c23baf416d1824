# proves: a method call on an Optional value without narrowing is rejected
def f(s: str | None) -> str:
    return s.upper()  # E:12: Item "None" of "Optional[str]" has no attribute "upper"
