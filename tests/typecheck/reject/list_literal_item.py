# proves: items of a list literal must match the declared element type
xs: list[int] = [1, "a", 3]  # E:21: List item 1 has incompatible type "str"; expected "int"
