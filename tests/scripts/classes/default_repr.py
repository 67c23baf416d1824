# Proves: default object equality is identity and a class without __repr__ prints its class name (address not shown).
class Plain:
    pass
a = Plain()
b = Plain()
print(a == a, a == b, a != b, repr(a).startswith("<__main__.Plain object at 0x"))
print(type(a).__name__, a.__class__.__name__, isinstance(a, object))
