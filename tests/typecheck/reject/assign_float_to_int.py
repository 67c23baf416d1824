# proves: there is no promotion from float to int
x: int = 1.5  # E:10: Incompatible types in assignment (expression has type "float", variable has type "int")
def f(v: float) -> int:
    return v  # E:12: Incompatible return value type (got "float", expected "int")
