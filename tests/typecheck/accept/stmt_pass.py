# proves: pass as a function, class, loop and branch body
def noop() -> None:
    pass


class Empty:
    pass


for _ in range(2):
    pass
if True:
    pass
noop()
assert isinstance(Empty(), Empty)
