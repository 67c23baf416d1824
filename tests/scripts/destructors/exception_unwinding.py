# Proves: locals of frames unwound by an exception are destroyed when it is handled.
class R:
    def __init__(self, n: str) -> None:
        self.n = n
    def __del__(self) -> None:
        print("destroy", self.n)
def inner() -> None:
    r = R("inner-local")
    raise ValueError("unwind")
def outer() -> None:
    r = R("outer-local")
    inner()
try:
    outer()
except ValueError:
    print("handling")
print("after try")
