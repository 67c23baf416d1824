# Proves: tpy's DELIBERATE difference (docs/language.md, section 7): an int
# stored where a float is declared becomes a float in tpy, so `x: float = 1;
# print(x)` prints 1.0 under tpy but 1 under CPython.  The .exp holds CPython's
# output (for reference); int_to_float.py.tpy.exp holds tpy's documented output
# and is what the runner compares against.
x: float = 1
print(x)
def half(v: float) -> float:
    return v / 2
print(half(3))
ys: list[float] = [1, 2.5]
print(ys[0] + 1)
