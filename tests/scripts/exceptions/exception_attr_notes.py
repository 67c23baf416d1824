# Proves: exception attributes set after creation, and str(e) of OSError-like args.
e = ValueError("msg")
print(e.args, str(e))
o = OSError(2, "No such file")
print(o.errno, o.strerror, str(o))
k = KeyError("a", "b")
print(str(k))
