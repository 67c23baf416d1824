# proves: assert with and without a message
def check(n: int) -> int:
    assert n > 0, "n must be positive"
    assert n < 100
    return n


assert check(5) == 5
try:
    check(-1)
except AssertionError as e:
    assert str(e) == "n must be positive"
