"""Helper module docstring."""
def g() -> None:
    pass
