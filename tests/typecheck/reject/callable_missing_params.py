# proves: --strict requires parameters on Callable annotations
from typing import Callable


def apply(f: Callable) -> None:  # E:14: Missing type parameters for generic type "Callable"
    pass
