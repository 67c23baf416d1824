# Proves: del of the last reference runs __del__ immediately; another reference delays it.
class R:
    def __init__(self, n: str) -> None:
        self.n = n
    def __del__(self) -> None:
        print("destroy", self.n)
a = R("a")
del a
print("after del a")
b = R("b")
c = b
del b
print("after del b (c still holds it)")
del c
print("after del c")
