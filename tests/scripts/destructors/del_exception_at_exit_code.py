# Proves: an exception ignored in __del__ does not change the exit status (0).
class Bad:
    def __del__(self) -> None:
        print("in __del__")
        raise RuntimeError("ignored")
def f() -> None:
    Bad()
f()
print("exit normally")
