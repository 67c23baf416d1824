# proves: truthiness narrows away None (`if x:` and `if not x:`)
def name_len(s: str | None) -> int:
    if s:
        return len(s)
    return -1


def get(d: dict[str, int], k: str) -> int:
    v = d.get(k)
    if not v:
        return 0
    return v * 10


assert name_len("abc") == 3 and name_len(None) == -1 and name_len("") == -1
assert get({"a": 2}, "a") == 20 and get({}, "a") == 0
