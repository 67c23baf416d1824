# Proves: the format-spec mini-language for floats: f, e, g, %, precision, grouping.
x = 3141.59265
print(format(x, "f"), format(x, ".2f"), format(x, "10.1f"), format(x, "<10.1f") + "|", format(x, ",.2f"))
print(format(x, "e"), format(x, ".3E"), format(x, "g"), format(x, ".3g"), format(1e-7, "g"), format(1e20, "g"))
print(format(0.256, "%"), format(0.256, ".1%"), format(-0.0, "f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(1.0, ""), format(1e16, ""), format(float("inf"), "f"), format(float("nan"), "8.2f") + "|")
print(format(123.456, "+.1f"), format(123.456, "012.3f"), format(-1.5, "08.2f"), format(1.5, "#.0f"))
print(format(0.1, ".17g"), format(1 / 3, ".30f"))
