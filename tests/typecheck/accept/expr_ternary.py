# proves: conditional expressions, including nested ones and mixed types joined
def label(n: int) -> str:
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


assert [label(n) for n in (-1, 0, 1)] == ["neg", "zero", "pos"]
v: float = 1 if label(1) == "pos" else 2.5
assert v == 1
o: int | None = None if v > 5 else 3
assert o == 3
