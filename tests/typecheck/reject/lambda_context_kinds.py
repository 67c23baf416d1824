# proves: a lambda whose parameters differ in kind from its Callable context cannot be typed by it
from typing import Callable

f: Callable[[int], int] = lambda x, y=1: x + y  # E:27: Cannot infer type of lambda
