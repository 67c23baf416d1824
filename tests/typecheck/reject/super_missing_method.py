# proves: super().name must exist in a base class
class Base:
    pass


class Derived(Base):
    def f(self) -> None:
        super().nope()  # E:9: "nope" undefined in superclass
