# proves: --strict requires type parameters on generic annotations
x: list = []  # E:4: Missing type parameters for generic type "list"


def f(d: dict) -> None:  # E:10: Missing type parameters for generic type "dict"
    pass
