# proves: instance methods calling each other through self
class Counter:
    def __init__(self) -> None:
        self.n = 0

    def inc(self, by: int = 1) -> "Counter":
        self.n += by
        return self

    def value(self) -> int:
        return self.n

    def twice(self) -> int:
        self.inc().inc()
        return self.value()


c = Counter()
assert c.twice() == 2 and c.inc(5).value() == 7
