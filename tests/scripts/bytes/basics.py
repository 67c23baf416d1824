# Proves: bytes literals, indexing gives ints, slicing, len, concatenation, repeat.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b + b"!", b"ab" * 3)
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), b"a" in b"cat", 97 in b"cat")
print(b"abc" < b"abd", b"" == bytes(), b"x".hex(), bytes.fromhex("41 42"))
