# proves: a generator must be declared Generator/Iterator/Iterable
# (mypy 1.0.1 prints this error without a column; tpy reports it at the def, column 1)
def g() -> int:  # E:1: The return type of a generator function should be "Generator" or one of its supertypes
    yield 1
