# Proves: str.format with index and attribute lookups and conversions.
class P:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
p = P(3, 4)
pts = [10, 20, 30]
print("{0.x},{0.y}".format(p))
print("{0[1]} {0[2]}".format(pts))
print("{!s:>5}|{!r:<6}|".format("ab", "cd"))
d = {"k": 7}
print("{0[k]}".format(d))
