# Proves: __del__ runs at the moment a name is rebound (refcount reaches zero).
class R:
    def __init__(self, n: str) -> None:
        self.n = n
        print("create", n)
    def __del__(self) -> None:
        print("destroy", self.n)
x = R("first")
print("rebinding")
x = R("second")
print("rebound")
