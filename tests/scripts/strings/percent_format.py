# Proves: %-formatting with d, s, r, f, x, e, %, widths and tuples.
print("%d items" % 5)
print("%s and %r" % ("a", "b"))
print("%5.2f|%-6d|%06.1f" % (3.14159, 42, 2.5))
print("%x %X %o %e %g %%" % (255, 255, 8, 12345.678, 0.0001))
print("%(a)s-%(b)d" % {"a": "x", "b": 7})
print("%c%c" % ("h", 105))
print("%+d %+d % d" % (5, -5, 5))
