# proves: fixed-length tuple[A, B] annotations; indexing picks the element type
def pair() -> tuple[int, str]:
    return 1, "one"


p: tuple[int, str] = pair()
n: int = p[0]
s: str = p[1]
assert n == 1 and s == "one"
triple: tuple[int, float, bool] = (1, 2.0, True)
assert triple[2]
