# Proves: split() with no separator treats exactly Python's whitespace as
# separators, for ASCII text (the fast path: \t \n \v \f \r, \x1c-\x1f and
# space) and for wider text (\x85, \xa0, \u2003, \u3000), with maxsplit.
ascii_ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
print(("a" + ascii_ws + "b\x1bc\x7fd").split())
print(" x  y\tz \n".split(), " x  y\tz \n".split(maxsplit=1), "".split(), "   ".split())
print("one".split(), " one ".split(maxsplit=0))
print("a\x85b\xa0c d\u2003e\u3000f".split())
print("w1 w2  w3 ".split(None, 2), "w1 w2  w3 ".rsplit(None, 1))
words = ("alpha beta\tgamma\n" * 500).split()
print(len(words), words[:4], words[-1])
