# proves: chained comparisons evaluate each operand once
calls: list[int] = []


def v(n: int) -> int:
    calls.append(n)
    return n


assert 1 < 2 <= 2 < 3
assert not (1 < 3 < 2)
assert v(1) < v(5) > v(2)
assert calls == [1, 5, 2]
x = 5
assert 0 <= x < 10 and 0 != x
assert "a" < "b" and [1, 2] < [1, 3] and (1, 2) <= (1, 2)
