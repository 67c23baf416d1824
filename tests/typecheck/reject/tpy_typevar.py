# proves: tpy rejects user-defined generics: creating a TypeVar (mypy accepts it).
# Reported once, at the statement that creates the TypeVar.
from typing import TypeVar

T = TypeVar("T")  # E[tpy]:1: unsupported in tpy: TypeVar
