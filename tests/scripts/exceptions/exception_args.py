# Proves: args, str and repr of exceptions with zero, one and several arguments.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(3), KeyError("k"), KeyError()]:
    print(repr(e), "|", str(e), "|", e.args)
