# Proves: chr/ord and the number-to-string builtins round-trip.
for n in [0, 9, 255, 1000, -42]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0), int(hex(n), 16))
print(ord("€"), chr(ord("a") + 1))
