# Proves: the format-spec mini-language for ints: width, fill, align, sign, bases, grouping.
n = 1234567
print(format(n, "d"), format(n, ","), format(n, "_"), format(n, "12,"), format(-n, "+,"))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(255, "#b"), format(255, "08b"))
print(format(42, ">6"), format(42, "<6") + "|", format(42, "^6") + "|", format(42, "*^7"), format(-42, "=6"), format(42, "06"))
print(format(5, " d"), format(-5, " d"), format(5, "+d"), format(2 ** 70, ","), format(65, "c"))
print(format(1234567, "_x"), format(0, "#o"), format(True, "d"))
