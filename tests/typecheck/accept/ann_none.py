# proves: None as a return annotation and as a variable type
def nothing() -> None:
    return None


def also_nothing() -> None:
    pass


nothing()
v: None = None
also_nothing()
assert v is None
