# proves: __enter__/__exit__ drive `with`, including exception suppression
class Tracker:
    def __init__(self, log: list[str], suppress: bool) -> None:
        self.log = log
        self.suppress = suppress

    def __enter__(self) -> "Tracker":
        self.log.append("enter")
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool | None:
        self.log.append("exit")
        if self.suppress:
            return True
        return None


log: list[str] = []
with Tracker(log, False) as t:
    t.log.append("body")
with Tracker(log, True):
    raise ValueError("swallowed")
assert log == ["enter", "body", "exit", "enter", "exit"]
