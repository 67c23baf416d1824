# proves: __contains__ drives `in` and `not in`
class Range2:
    def __init__(self, lo: int, hi: int) -> None:
        self.lo = lo
        self.hi = hi

    def __contains__(self, v: int) -> bool:
        return self.lo <= v < self.hi


r = Range2(1, 5)
assert 3 in r and 5 not in r
