# proves: a lambda body is checked against the Callable it is assigned to
from typing import Callable

f: Callable[[int], str] = lambda n: n + 1  # E:27: Incompatible types in assignment (expression has type "Callable[[int], int]", variable has type "Callable[[int], str]") # E:37: Incompatible return value type (got "int", expected "str")
