# proves: %-formatting with %d %s %r %f %x and tuples
assert "%d items" % 3 == "3 items"
assert "%s=%r" % ("k", "v") == "k='v'"
assert "%.3f|%5d|%-4s|" % (2.5, 42, "ab") == "2.500|   42|ab  |"
assert "%x %o %%" % (255, 8) == "ff 10 %"
