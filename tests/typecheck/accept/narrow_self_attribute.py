# proves: narrowing applies to attributes (self.x) until they are reassigned
from typing import Optional


class Lazy:
    def __init__(self) -> None:
        self.cache: Optional[list[int]] = None

    def get(self) -> list[int]:
        if self.cache is None:
            self.cache = [1, 2]
        return self.cache


lz = Lazy()
assert lz.get() == [1, 2] and lz.get() is lz.get()
