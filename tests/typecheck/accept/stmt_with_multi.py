# proves: a `with` statement with several context managers
class Ctx:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def __enter__(self) -> str:
        self.log.append("in " + self.name)
        return self.name

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool | None:
        self.log.append("out " + self.name)
        return None


log: list[str] = []
with Ctx("a", log) as a, Ctx("b", log) as b:
    log.append(a + b)
assert log == ["in a", "in b", "ab", "out b", "out a"]
