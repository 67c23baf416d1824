# proves: nested function definitions calling outer parameters
def outer(base: int) -> int:
    def helper(k: int) -> int:
        return base * k

    def twice(k: int) -> int:
        return helper(helper(k))
    return twice(3)


assert outer(2) == 12
