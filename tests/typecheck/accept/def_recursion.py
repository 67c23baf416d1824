# proves: recursive and mutually recursive functions
def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)


def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)


assert fact(10) == 3628800 and is_even(10) and is_odd(7)
