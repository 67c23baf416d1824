# proves: attribute assignments must match the attribute's type
class C:
    def __init__(self) -> None:
        self.n = 0


c = C()
c.n = "zero"  # E:7: Incompatible types in assignment (expression has type "str", variable has type "int")
