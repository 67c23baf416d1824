# proves: redeclaring an attribute with an incompatible type in a subclass is rejected
class Base:
    x: int = 0


class Derived(Base):
    x: str = ""  # E:14: Incompatible types in assignment (expression has type "str", base class "Base" defined the type as "int")
