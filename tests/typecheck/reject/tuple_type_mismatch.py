# proves: a tuple value must match a fixed tuple type item by item
t: tuple[int, str] = (1, 2)  # E:22: Incompatible types in assignment (expression has type "Tuple[int, int]", variable has type "Tuple[int, str]")
