# Proves: str.format with positional, indexed, named fields and specs.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:08.3f} {:x} {:,} {!r}".format(3.14159, 255, 1234567, "s"))
print("{{literal}} {}".format("x"))
