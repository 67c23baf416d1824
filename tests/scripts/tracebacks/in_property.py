# Proves: an exception raised in a property getter propagates.
class P:
    @property
    def value(self) -> int:
        raise LookupError("no value yet")
print(P().value)
