# proves: bitwise operators & | ^ ~ << >> and their augmented forms
a = 0b1100
b = 0b1010
assert a & b == 0b1000 and a | b == 0b1110 and a ^ b == 0b0110
assert ~a == -13 and a << 2 == 48 and a >> 2 == 3
m = 0xFF
m &= 0x0F
m |= 0x100
m ^= 1
m <<= 1
m >>= 2
assert m == 0x87
assert True & False is False
