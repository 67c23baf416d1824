# Proves: bytearray is mutable: append, extend, item assignment, slicing.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), bytes(ba), ba[1:3])
del ba[0]
print(ba, ba.pop(), ba)
