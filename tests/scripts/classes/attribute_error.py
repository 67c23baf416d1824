# Proves: reading a missing attribute raises AttributeError with CPython's message.
class A:
    def __init__(self) -> None:
        self.x = 1
a = A()
print(getattr(a, "x"), hasattr(a, "y"), getattr(a, "y", "default"))
print(getattr(a, "y"))
