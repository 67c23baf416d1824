# proves: assigning a str to an int variable is rejected
x: int = "a"  # E:10: Incompatible types in assignment (expression has type "str", variable has type "int")
