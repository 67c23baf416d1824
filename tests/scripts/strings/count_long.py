# Proves: str.count / bytes.count of one character over long texts (the
# word-at-a-time counter: blocks of 2040 bytes, unaligned starts and ends,
# bytes >= 0x80) agree with a plain count.
s = "abcaXbca" * 300 + "zz"
for st in range(0, 40, 3):
    for en in [-1, -5, 17, 2000, 2403, None]:
        print(s.count("a", st, en), s.count("z", st, en), s.count("b", st, en), end=" ")
    print()
b = b"abcaXbca" * 300 + b"zz"
print(b.count(b"a"), b.count(b"a", 5, 2001), b.count(97), b.count(b"zz"))
print("".count("a"), ("a" * 45).count("a"), ("a" * 5000).count("a", 1, 4090))
print(("\xff" * 3000 + "a").count("\xff"), ("\x80\x00" * 2100).count("\x00"))
print(("x" * 100000).count("x"), ("é" * 9000 + "x").count("é"))
