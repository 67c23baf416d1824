# proves: __eq__ drives == and != on user objects
class Key:
    def __init__(self, k: str) -> None:
        self.k = k

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and other.k == self.k


assert Key("a") == Key("a")
assert Key("a") != Key("b")
assert Key("a") != "a"
assert Key("b") in [Key("a"), Key("b")]
