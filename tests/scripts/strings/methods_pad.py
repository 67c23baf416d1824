# Proves: center/ljust/rjust/zfill/expandtabs.
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tb\tc".expandtabs(4)))
