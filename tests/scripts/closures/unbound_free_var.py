# Proves: reading a closure variable deleted in the enclosing scope raises NameError.
def outer() -> int:
    x = 1
    def inner() -> int:
        return x
    print(inner())
    del x
    return inner()
print(outer())
