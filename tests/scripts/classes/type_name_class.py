# Proves: type(x).__name__ and self.__class__.__name__ for builtins and user classes.
class K:
    def who(self) -> str:
        return self.__class__.__name__
class L(K):
    pass
print(L().who(), K().who(), type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(1.5).__name__)
