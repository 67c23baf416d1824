# proves: a variable keeps the type inferred from its first assignment
x = 1
x = "one"  # E:5: Incompatible types in assignment (expression has type "str", variable has type "int")
y = [1, 2]
y = ["a"]  # E:6: List item 0 has incompatible type "str"; expected "int"
