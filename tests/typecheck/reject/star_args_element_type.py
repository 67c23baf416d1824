# proves: every argument collected by an annotated *args is checked
def total(*nums: int) -> int:
    return sum(nums)


total(1, "two")  # E:10: Argument 2 to "total" has incompatible type "str"; expected "int"
