# Proves: split/rsplit/splitlines/join/partition/rpartition.
print("a,b,,c".split(","), "  a  b  ".split(), "a b c d".split(" ", 2), "a b c d".rsplit(" ", 1))
print("l1\nl2\r\nl3".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="))
