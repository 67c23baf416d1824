# Proves: repr of bytes escapes non-printables and quotes like CPython.
for b in [b"plain", b"it's", b'say "hi"', b"both ' \"", b"\t\n\r", b"\x00\x7f\x80\xff", b"\\"]:
    print(repr(b))
