# proves: items of a set literal must match the declared element type
s: set[int] = {1, "x"}  # E:19: Argument 2 to <set> has incompatible type "str"; expected "int"
