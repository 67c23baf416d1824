# Proves: int() parsing with bases, signs, whitespace and underscores.
print(int("42"), int("-17"), int("  8  "), int("+3"))
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("777", 8), int("z", 36))
print(int("1_000"), int(3.99), int(-3.99), int(True))
print(int("123456789012345678901234567890"))
