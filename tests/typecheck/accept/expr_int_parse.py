# proves: int(s, base), int(float), float(s), str(n), hex/oct/bin, ord/chr
assert int("ff", 16) == 255 and int("-101", 2) == -5 and int("0o17", 0) == 15
assert int(" 42 ") == 42 and int(3.9) == 3 and int(-3.9) == -3
assert float("1.5") == 1.5 and float("inf") > 1e308
assert str(12) == "12" and hex(255) == "0xff" and oct(8) == "0o10" and bin(5) == "0b101"
assert ord("A") == 65 and chr(97) == "a"
try:
    int("zz", 10)
except ValueError:
    pass
