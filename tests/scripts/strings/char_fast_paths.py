# Char-by-char fast paths agree with the general ones: iteration, ==/< on one-character strs,
# `in`, count/find of one character, ASCII and non-ASCII case mapping, replace, repeat, concat.
s = "Hello, wörld!\n" + "ab\u0100c" + "\U0001F600z"
out: list[str] = []
for ch in s:
    out.append(ch)
print(len(out), "".join(out) == s)
for ch in "aZ\xe9\u0100":
    print(ch == "a", ch != "Z", "a" <= ch <= "z", ch < "\xff", ch >= "\u0100", ch in "aeiou\xe9")
print("x" in "", "" in "x", "o" in "hello world, this is longer than sixteen", "q" in "abcdefghijklmnopr")
long = "the quick brown fox jumps over the lazy dog " * 5
print(long.count("o"), long.count("o", 10, 50), long.count("o", -20), long.count("z", 100, 10))
print(long.find("z"), long.find("z", 40), long.rfind("z"), long.find("\u0100"), "a\u0100b".count("b"))
print("Hello World 123".upper(), "Hello World 123".lower(), "Hello World".swapcase(), "ÉCOLE ß".casefold())
print("straße".upper(), "ΣΑΣ".lower(), "abc".title(), "".upper(), "x".upper())
print("a,b,,c,".replace(",", ";"), "a,b,c".replace(",", "--", 1), "\u0100,\u0101".replace(",", "\xe9"))
print("aaa".replace("a", "\U0001F600"), "abc".replace("", "-"), "abcabc".replace("bc", ""))
z = "\0" * 1000
print(len(z), z == "\0" * 1000, z[999] == "\0", ("ab" * 3), ("\u0100" * 3), len("x" * 0))
print("ab" + "cd", "ab" + "\u0100", "" + "x", ("ab" + "cd")[1:3], "hello"[1:4] + "!")
print(sorted(["b", "a", "\xe9", "A", "\u0100", "ab"]))
