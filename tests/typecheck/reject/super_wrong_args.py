# proves: super().__init__ calls are checked against the base __init__
class Base:
    def __init__(self, x: int) -> None:
        self.x = x


class Derived(Base):
    def __init__(self) -> None:
        super().__init__("x")  # E:26: Argument 1 to "__init__" of "Base" has incompatible type "str"; expected "int"
