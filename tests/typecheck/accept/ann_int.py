# proves: int annotations on variables, parameters and returns
def double(n: int) -> int:
    return n * 2


x: int = 3
y = double(x)
assert y == 6
