# Proves: __getitem__ with negative indices and IndexError inside a user sequence.
class Seq:
    def __init__(self, n: int) -> None:
        self.n = n
    def __len__(self) -> int:
        return self.n
    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(5)
print(s[0], s[4], s[-1], len(s))
print(s[5])
