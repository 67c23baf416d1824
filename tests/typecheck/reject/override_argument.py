# proves: an override that narrows a parameter type is rejected
class Base:
    def f(self, x: float) -> None:
        pass


class Derived(Base):
    def f(self, x: int) -> None:  # E:5: Argument 1 of "f" is incompatible with supertype "Base"; supertype defines the argument type as "float"
        pass
