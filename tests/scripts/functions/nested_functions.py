# Proves: nested function definitions, each call makes a new function object.
def outer(n: int) -> int:
    def inner(m: int) -> int:
        return m * 2
    return inner(n) + inner(1)
print(outer(5), outer(0))
