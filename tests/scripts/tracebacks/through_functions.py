# Proves: an exception raised three calls deep exits 1 with the last line naming it.
def level3(x: int) -> int:
    return 10 // x
def level2(x: int) -> int:
    return level3(x - 1) + 1
def level1(x: int) -> int:
    return level2(x) * 2
print(level1(5))
print(level1(1))
