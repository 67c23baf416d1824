# Proves: with calls __enter__/__exit__, in order, also when an exception escapes.
class CM:
    def __init__(self, name: str) -> None:
        self.name = name
    def __enter__(self) -> "CM":
        print("enter", self.name)
        return self
    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        print("exit", self.name, exc_type is not None)
with CM("a") as a, CM("b") as b:
    print("inside", a.name, b.name)
try:
    with CM("c"):
        raise KeyError("k")
except KeyError:
    print("propagated")
