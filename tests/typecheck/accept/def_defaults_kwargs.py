# proves: parameters with defaults, calls with keywords in any order
def box(width: int, height: int = 1, label: str = "") -> str:
    return label + str(width * height)


assert box(2) == "2"
assert box(2, 3) == "6"
assert box(2, label="a") == "a2"
assert box(height=4, width=2) == "8"
