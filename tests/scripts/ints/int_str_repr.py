# Proves: str/repr of ints, negative zero free, large negative numbers.
for v in (0, -0, 1, -1, 123456789, -(10 ** 25), 2 ** 63, -(2 ** 63)):
    print(str(v), repr(v))
print(format(1234567, ","), format(-1234567, "_"))
