# proves: bool annotations, bool literals and bool results of comparisons
def is_even(n: int) -> bool:
    return n % 2 == 0


flag: bool = True
flag = is_even(4) and flag
assert flag
