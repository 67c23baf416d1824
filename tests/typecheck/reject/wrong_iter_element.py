# proves: loop variables get the element type; misuse is rejected
for s in ["a", "b"]:
    n: int = s  # E:14: Incompatible types in assignment (expression has type "str", variable has type "int")
