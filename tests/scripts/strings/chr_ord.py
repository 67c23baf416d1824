# Proves: chr and ord round-trip across the code point range.
print(ord("A"), ord("é"), ord("€"), ord("\U0001F600"))
print(chr(65), chr(233), chr(8364), chr(128512))
print([ord(c) for c in "hi!"])
print(chr(0x110000))
