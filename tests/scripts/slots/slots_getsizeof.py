# Proves: a 2-field __slots__ instance is smaller than an ordinary instance (sizes compared, not printed).
import sys
class S:
    __slots__ = ("x", "y")
    def __init__(self) -> None:
        self.x = 1
        self.y = 2
class O:
    def __init__(self) -> None:
        self.x = 1
        self.y = 2
s = S()
o = O()
print(sys.getsizeof(s) <= 64, sys.getsizeof(s) > 0)
print(s.x + s.y, o.x + o.y)
