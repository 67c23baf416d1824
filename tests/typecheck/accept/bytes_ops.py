# proves: bytes and bytearray operations
b = b"abc"
assert b[0] == 97 and b[-1:] == b"c" and b.upper() == b"ABC"
assert b"," .join([b"a", b"b"]) == b"a,b" and b.split(b"b") == [b"a", b"c"]
assert list(b) == [97, 98, 99] and bytes([65, 66]) == b"AB"
ba = bytearray(b"xy")
ba.append(122)
ba[0] = 88
assert bytes(ba) == b"Xyz" and b.hex() == "616263" and bytes.fromhex("41") == b"A"
assert b"a" in b and b.startswith(b"ab") and len(b * 2) == 6
