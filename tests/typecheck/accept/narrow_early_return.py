# proves: an early return narrows the rest of the function
def parse(s: str | None) -> int:
    if s is None:
        return 0
    if not s.isdigit():
        raise ValueError(s)
    return int(s)


assert parse(None) == 0 and parse("42") == 42
