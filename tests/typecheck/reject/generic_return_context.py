# proves: a generic call's return context fixes its type variables first, so the argument is what gets blamed
class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


names: list[str] = sorted(Countdown(3))  # E:27: Argument 1 to "sorted" has incompatible type "Countdown"; expected "Iterable[str]"
