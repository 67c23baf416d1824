# Helper module imported by modules/*.py (not a test itself).
GREETING = "hello from helper"
counter = 0
def double(x: int) -> int:
    return x * 2
def bump() -> int:
    global counter
    counter += 1
    return counter
class Shape:
    def __init__(self, name: str) -> None:
        self.name = name
    def describe(self) -> str:
        return f"shape {self.name}"
print("mod_helper imported")
class HelperError(Exception):
    pass
