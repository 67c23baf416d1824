# Proves: decoding invalid UTF-8 raises UnicodeDecodeError, caught, with its message.
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print("caught:", e)
except ValueError:
    print("wrong handler")
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
