# proves: yielded values must match the declared yield type
from typing import Iterator


def g() -> Iterator[int]:
    yield "a"  # E:5: Incompatible types in "yield" (actual type "str", expected type "int")
