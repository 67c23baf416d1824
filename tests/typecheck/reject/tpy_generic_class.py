# proves: tpy rejects user-defined generic classes (mypy accepts them). Each
# construct is reported at the start of its statement.
from typing import Generic, TypeVar

T = TypeVar("T")  # E[tpy]:1: unsupported in tpy: TypeVar


class Box(Generic[T]):  # E[tpy]:1: unsupported in tpy: Generic
    pass
