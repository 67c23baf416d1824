# proves: list/dict/set element types are enforced
xs: list[int] = []
xs.append("a")  # E:11: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"
s: set[str] = set()
s.add(1)  # E:7: Argument 1 to "add" of "set" has incompatible type "int"; expected "str"
