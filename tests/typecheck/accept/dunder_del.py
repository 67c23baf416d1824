# proves: __del__ runs when the last reference goes away
import gc

log: list[str] = []


class Res:
    def __init__(self, name: str) -> None:
        self.name = name

    def __del__(self) -> None:
        log.append("del " + self.name)


r = Res("a")
del r
gc.collect()
assert log == ["del a"]
