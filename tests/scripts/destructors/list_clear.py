# Proves: clearing and shrinking a list destroys its elements right away.
class R:
    def __init__(self, n: int) -> None:
        self.n = n
    def __del__(self) -> None:
        print("destroy", self.n)
xs = [R(i) for i in range(4)]
xs.pop()
print("popped")
del xs[0]
print("deleted index 0")
xs.clear()
print("cleared")
