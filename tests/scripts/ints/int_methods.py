# Proves: bit_length, to_bytes-free int helpers: abs, bin, hex, oct, pow, divmod.
print((255).bit_length(), (0).bit_length(), (-(2 ** 70)).bit_length())
print(bin(10), hex(255), oct(8), bin(-5), hex(-255))
print(abs(-7), abs(7), (2 ** 65).bit_count() if True else 0)
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
