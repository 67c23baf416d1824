# Proves: `except E as e` keeps the traceback's frames (and their locals) alive until the block ends.
class R:
    def __init__(self, n: str) -> None:
        self.n = n
    def __del__(self) -> None:
        print("destroy", self.n)
def fail() -> None:
    r = R("frame-local")
    raise KeyError("k")
try:
    fail()
except KeyError as e:
    print("in handler, local still alive")
print("handler finished")
