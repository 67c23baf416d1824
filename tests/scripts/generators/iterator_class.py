# Proves: a user iterator class with __iter__/__next__ drives for loops.
class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n
    def __iter__(self) -> "Countdown":
        return self
    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for x in Countdown(2):
    print(x)
