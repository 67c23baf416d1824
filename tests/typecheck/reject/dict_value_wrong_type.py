# proves: dict item assignment checks the value type
d: dict[str, int] = {}
d["a"] = "one"  # E:10: Incompatible types in assignment (expression has type "str", target has type "int")
