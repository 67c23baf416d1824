# Proves: bytes methods: split, join, strip, replace, find, upper, startswith, decode.
b = b" a,b,c "
print(b.strip(), b.split(b","), b",".join([b"x", b"y"]), b.replace(b",", b";"))
print(b.find(b"b"), b.count(b","), b.upper(), b"Abc".lower(), b"abc".startswith(b"ab"))
print(b"caf\xc3\xa9".decode(), b"x".isalpha(), b"12".isdigit())
