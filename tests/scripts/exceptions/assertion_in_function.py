# Proves: AssertionError from a helper function deep in a call chain.
def check_positive(x: int) -> None:
    assert x > 0, f"expected positive, got {x}"
def process(xs: list[int]) -> int:
    for x in xs:
        check_positive(x)
    return sum(xs)
print(process([1, 2]))
print(process([1, -2]))
