# Proves: repr/ascii/format/str of assorted values.
print(repr("é"), ascii("é"), repr([1.0, "x"]), format(3.5, ".2f"), str(b"x"))
print(repr(1e100), repr(-0.0), repr(2 ** 64), repr((1,)), repr({}), repr(set()))
