# Proves: repr of strings picks quotes and escapes like CPython.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnl\n", "\x00\x7f", "é", "\u200b", "\\"]:
    print(repr(s))
print(ascii("héllo\u2603"))
