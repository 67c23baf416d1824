# proves: the `X | None` annotation form
def parse(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return None


v: int | None = parse("12")
assert v is not None and v * 2 == 24
assert parse("x") is None
