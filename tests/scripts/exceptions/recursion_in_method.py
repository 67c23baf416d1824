# Proves: infinite recursion through a method (__repr__ calling itself) raises RecursionError.
class Loop:
    def __repr__(self) -> str:
        return "Loop(" + repr(self) + ")"
print(repr(Loop()))
