# Proves: with raise-from, the last stderr line is the outer exception.
def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"parse failed for {s!r}") from e
print(parse("1"))
print(parse("one"))
