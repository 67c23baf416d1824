# proves: a function annotated -> None cannot be a generator
# (mypy 1.0.1 prints this error without a column; tpy reports it at the def, column 1)
def g() -> None:  # E:1: The return type of a generator function should be "Generator" or one of its supertypes
    yield 1
