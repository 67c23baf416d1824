# proves: default object behaviour: identity equality, default repr, hash of instances
class Plain:
    pass


a = Plain()
b = Plain()
assert a == a and a != b and hash(a) == hash(a)
assert repr(a).startswith("<") and isinstance(a, object)
s = {a, b}
assert len(s) == 2
