# Proves: !a escapes non-ASCII characters like ascii() (also with a format spec and inside containers).
s = "naïve ☃ 𝄞"
print(f"{s!a}")
print(f"[{s!a:>30}]")
print(f"{[s, 'ok']!a}")
print(ascii(s) == f"{s!a}")
print(f"{'plain'!a}", f"{42!a}")
