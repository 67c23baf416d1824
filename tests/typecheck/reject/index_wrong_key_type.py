# proves: dict keys and list indexes are type-checked
d: dict[str, int] = {"a": 1}
v = d[1]  # E:7: Invalid index type "int" for "Dict[str, int]"; expected type "str"
