# proves: a list literal returned is checked against the declared element type
def names() -> list[str]:
    return [1]  # E:13: List item 0 has incompatible type "int"; expected "str"
