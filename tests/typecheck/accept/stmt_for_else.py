# proves: for loops with else, break and continue, over several iterables
def first_negative(xs: list[int]) -> int | None:
    for x in xs:
        if x >= 0:
            continue
        result = x
        break
    else:
        return None
    return result


assert first_negative([1, -2, -3]) == -2 and first_negative([1]) is None
total = 0
for ch in "abc":
    total += ord(ch)
for k in {"a": 1}:
    total += len(k)
assert total == 295
