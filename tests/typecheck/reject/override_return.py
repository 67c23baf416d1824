# proves: an override with an incompatible return type is rejected
class Base:
    def f(self) -> int:
        return 1


class Derived(Base):
    def f(self) -> str:  # E:5: Return type "str" of "f" incompatible with return type "int" in supertype "Base"
        return "x"
