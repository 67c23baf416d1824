# proves: a user context manager class (__enter__/__exit__ returning bool), nested with, exception suppression and cleanup order
class Section:
    depth = 0

    def __init__(self, name: str, suppress: bool = False) -> None:
        self.name = name
        self.suppress = suppress

    def __enter__(self) -> "Section":
        print("  " * Section.depth + f"enter {self.name}")
        Section.depth += 1
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        Section.depth -= 1
        status = "ok" if exc is None else f"error {type(exc).__name__}: {exc}"
        print("  " * Section.depth + f"exit {self.name} ({status})")
        return self.suppress


with Section("outer", suppress=True) as outer:
    with Section("inner"):
        print("    working in", outer.name)
    with Section("failing"):
        raise KeyError("missing")
    print("not reached")
print("after, depth", Section.depth)
