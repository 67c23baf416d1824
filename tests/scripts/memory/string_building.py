# Proves: building a long string by += in a loop gives the right result.
s = ""
for i in range(20000):
    s += chr(97 + i % 26)
print(len(s), s[:30], s.count("z"))
