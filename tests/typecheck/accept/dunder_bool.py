# proves: __bool__ drives if, not, and/or on user objects
class Flag:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        return self.on


on = Flag(True)
off = Flag(False)
assert on and not off
assert (off or on) is on
n = 0
if on:
    n += 1
while off:
    n += 100
assert n == 1 and bool(off) is False
