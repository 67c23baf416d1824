# proves: assigning to a method of an instance is rejected
class C:
    def m(self) -> int:
        return 1


c = C()
c.m = 5  # E:1: Cannot assign to a method # E:7: Incompatible types in assignment (expression has type "int", variable has type "Callable[[], int]")
