# proves: float annotations and float arithmetic
def half(v: float) -> float:
    return v / 2


f: float = 3.5
g = half(f) + 0.25
assert g == 2.0
