# Proves: __call__ makes instances callable.
class Multiplier:
    def __init__(self, k: int) -> None:
        self.k = k
    def __call__(self, x: int) -> int:
        return self.k * x
m = Multiplier(3)
print(m(4), [m(i) for i in range(4)], callable(m))
