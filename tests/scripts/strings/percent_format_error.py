# Proves: %-formatting with too few arguments raises TypeError.
print("%d %d" % (1, 2))
args: tuple[int, ...] = (1,)
print("%d %d" % args)
