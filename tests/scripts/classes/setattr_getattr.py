# Proves: setattr/getattr/hasattr/delattr on instances with declared fields.
class Box:
    def __init__(self) -> None:
        self.value = 0
b = Box()
setattr(b, "value", 41)
print(b.value, getattr(b, "value"), hasattr(b, "value"))
b.value += 1
print(b.value)
