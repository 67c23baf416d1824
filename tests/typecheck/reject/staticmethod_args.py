# proves: static and class method calls are checked
class U:
    @staticmethod
    def f(x: int) -> int:
        return x

    @classmethod
    def make(cls, n: int) -> "U":
        return cls()


U.f("a")  # E:5: Argument 1 to "f" of "U" has incompatible type "str"; expected "int"
U.make()  # E:1: Missing positional argument "n" in call to "make" of "U"
