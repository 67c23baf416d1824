# proves: str.format with positional, indexed and keyword fields and specs
assert "{} + {} = {}".format(1, 2, 3) == "1 + 2 = 3"
assert "{1}{0}".format("a", "b") == "ba"
assert "{name}:{val:.1f}".format(name="x", val=2.25) == "x:2.2"
assert "{:>5}".format("ab") == "   ab"
assert format(3.14159, ".2f") == "3.14" and format(255, "b") == "11111111"
