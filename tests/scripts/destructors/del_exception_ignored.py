# Proves: an exception in __del__ prints "Exception ignored in" and execution continues.
class Bad:
    def __del__(self) -> None:
        raise ValueError("error in __del__")
b = Bad()
del b
print("still running")
