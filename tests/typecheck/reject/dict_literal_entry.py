# proves: entries of a dict literal must match the declared types
d: dict[str, int] = {"a": 1, "b": "two"}  # E:30: Dict entry 1 has incompatible type "str": "str"; expected "str": "int"
