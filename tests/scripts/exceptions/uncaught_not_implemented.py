# Proves: NotImplementedError raised from an abstract-style method.
class Base:
    def area(self) -> float:
        raise NotImplementedError("subclasses must implement area")
class Sq(Base):
    def area(self) -> float:
        return 4.0
print(Sq().area())
print(Base().area())
