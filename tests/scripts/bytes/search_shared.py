# find/rfind/count/index/split/replace/partition of str (every kind) and bytes: one search core (textcore.c).
s = "hello world, hello there"
u = "h\u0100llo w\u0100rld \U0001F600 h\u0100llo"
b = b"hello world, hello there"
for hay in [s, u]:
    for sub in ["", "l", "lo", "hello", "\u0100", "\U0001F600", "zz", "o w"]:
        print(repr(sub), hay.find(sub), hay.rfind(sub), hay.count(sub), hay.find(sub, 3, 15), hay.rfind(sub, 2, -3), hay.count(sub, 4, 2), hay.find(sub, 30), hay.count(sub, -5))
for bs in [b"", b"l", b"lo", b"hello", b"zz", b"o w"]:
    print(bs, b.find(bs), b.rfind(bs), b.count(bs), b.find(bs, 3, 15), b.rfind(bs, 2, -3), b.count(bs, 4, 2), b.find(bs, 30), b.find(bs, 2, 1), b.rfind(bs, 2, 1), b.count(bs, -5))
print(b.find(108), b.rfind(108), b.count(108), b.index(b"o"), b.rindex(b"o"), b.split(b"l"), b.rsplit(b"l", 1), b.replace(b"l", b"L", 2), b.partition(b"o"), b.rpartition(b"o"))
print(s.split("l"), s.rsplit("l", 2), s.partition("o"), s.rpartition("o"), u.split("\u0100"), u.replace("\u0100", "a"), s.startswith(("x", "he")), u.endswith("llo"))
print("a" in s, "\u0100" in s, "\u0100" in u, "" in u, s.index("there"), u.rindex("h"))
