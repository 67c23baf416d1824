# Proves: bytes index out of range raises IndexError: index out of range.
b = b"ab"
print(b[1])
print(b[2])
