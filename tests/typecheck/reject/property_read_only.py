# proves: assigning a property without a setter is rejected
class C:
    @property
    def x(self) -> int:
        return 1


c = C()
c.x = 2  # E:1: Property "x" defined in "C" is read-only
