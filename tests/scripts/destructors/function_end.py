# Proves: locals are destroyed when their function returns, in a deterministic order.
class R:
    def __init__(self, n: str) -> None:
        self.n = n
    def __del__(self) -> None:
        print("destroy", self.n)
def f() -> None:
    r = R("local")
    print("in f")
f()
print("after f")
def g() -> R:
    keep = R("returned")
    R("temporary")
    print("in g")
    return keep
k = g()
print("after g", k.n)
