# Proves: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
from typing import Iterator
class Bag:
    def __init__(self) -> None:
        self.d: dict[str, int] = {}
    def __len__(self) -> int:
        return len(self.d)
    def __getitem__(self, k: str) -> int:
        return self.d.get(k, 0)
    def __setitem__(self, k: str, v: int) -> None:
        self.d[k] = v
    def __delitem__(self, k: str) -> None:
        del self.d[k]
    def __contains__(self, k: str) -> bool:
        return k in self.d
    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.d))
b = Bag()
b["x"] = 1
b["a"] = 2
b["x"] += 5
print(len(b), b["x"], b["zz"], "a" in b, "q" in b, list(b))
del b["a"]
print(len(b), list(b))
