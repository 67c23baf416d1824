# proves: a generator's return value must match the Generator's return type
from typing import Generator


def g() -> Generator[int, None, str]:
    yield 1
    return 2  # E:12: Incompatible return value type (got "int", expected "str")
