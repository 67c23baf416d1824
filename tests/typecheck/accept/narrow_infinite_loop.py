# proves: `while True` with break/return: code after the loop is reached only via break
def first_even(xs: list[int]) -> int:
    i = 0
    while True:
        if xs[i] % 2 == 0:
            return xs[i]
        i += 1


def scan(xs: list[int]) -> int:
    i = 0
    while True:
        if i >= len(xs):
            break
        i += 1
    return i


assert first_even([1, 3, 4]) == 4 and scan([1, 2]) == 2
