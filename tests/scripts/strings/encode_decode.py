# Proves: str.encode / bytes.decode in UTF-8, lengths in bytes versus code points.
s = "héllo €"
b = s.encode()
print(b, len(b), len(s))
print(b.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"))
print(b"\xff".decode("utf-8", "replace"))
print(b"\xff".decode("utf-8"))
