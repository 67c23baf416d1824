# proves: calling an instance method on the class needs the instance argument
class C:
    def m(self) -> int:
        return 1


C.m()  # E:1: Missing positional argument "self" in call to "m" of "C"
