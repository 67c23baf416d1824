# proves: the walrus operator binds and narrows in one condition
def lookup(d: dict[str, int], k: str) -> int:
    if (v := d.get(k)) is not None:
        return v
    return -1


def chunks(data: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    i = 0
    while (part := data[i:i + 2]):
        out.append(part)
        i += 2
    return out


assert lookup({"a": 1}, "a") == 1 and lookup({}, "a") == -1
assert chunks([1, 2, 3]) == [[1, 2], [3]]
