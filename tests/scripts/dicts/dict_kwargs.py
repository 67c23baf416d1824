# Proves: dict() built from keyword arguments.
d = dict(x=1, y=2)
print(d, d["y"])
