# proves: variadic tuple[T, ...] annotations
def total(xs: tuple[int, ...]) -> int:
    return sum(xs)


t: tuple[int, ...] = (1, 2, 3)
t = t + (4,)
assert total(t) == 10
assert total(()) == 0
assert len(t) == 4 and t[-1] == 4
