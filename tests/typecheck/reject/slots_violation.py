# proves: assigning an attribute not listed in __slots__ is rejected
class P:
    __slots__ = ("x",)

    def __init__(self, x: int) -> None:
        self.x = x
        self.y = 2  # E:9: Trying to assign name "y" that is not in "__slots__" of type "slots_violation.P"
