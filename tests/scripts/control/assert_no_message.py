# Proves: a failing assert without a message raises a bare AssertionError.
def check(v: int) -> None:
    assert v % 2 == 0
check(2)
print("even ok")
check(3)
