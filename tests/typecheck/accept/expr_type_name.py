# proves: type(x).__name__ and type(x) is C comparisons
class Thing:
    pass


assert type(3).__name__ == "int"
assert type("s").__name__ == "str"
assert type(Thing()).__name__ == "Thing"
assert type([1]) is list
t = Thing()
assert type(t) is Thing and t.__class__.__name__ == "Thing"
