# Proves: destroying a container destroys its elements in order.
class R:
    def __init__(self, n: int) -> None:
        self.n = n
    def __del__(self) -> None:
        print("destroy", self.n)
d = {"a": R(1), "b": R(2)}
t = (R(3), R(4))
del d
print("dict gone")
del t
print("tuple gone")
