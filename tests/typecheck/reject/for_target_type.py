# proves: a for loop rebinding a variable to items of another type is rejected at the for statement
total = 0
for total in ["a", "b"]:  # E:1: Incompatible types in assignment (expression has type "str", variable has type "int")
    pass
