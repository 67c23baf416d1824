# Proves: format specs on strings: alignment, fill, truncation with precision.
s = "hello"
print("[" + format(s, "10") + "]", "[" + format(s, ">10") + "]", "[" + format(s, "^10") + "]", "[" + format(s, "-^11") + "]")
print(format(s, ".3"), format(s, "8.2") + "|", format("é", ">3"))
print("{:>{w}}".format("x", w=5), "{:{f}^{w}}".format("m", f="*", w=5))
