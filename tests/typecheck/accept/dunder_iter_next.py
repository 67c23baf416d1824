# proves: __iter__/__next__ make a user iterator usable in for loops, list() and next()
class Countdown:
    def __init__(self, start: int) -> None:
        self.n = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


seen: list[int] = []
for v in Countdown(3):
    seen.append(v)
assert seen == [3, 2, 1]
assert list(Countdown(2)) == [2, 1]
it = Countdown(1)
assert next(it) == 1 and next(it, 0) == 0
