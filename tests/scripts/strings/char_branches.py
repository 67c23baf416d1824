# Compare-and-branch on strs against literals, `for ch in s`, and/or as jumps.


class Box:
    def __init__(self, name: str) -> None:
        self.name = name

    def __del__(self) -> None:
        print("del", self.name)


def make(name: str) -> Box:
    return Box(name)


def classify(s: str) -> str:
    out: list[str] = []
    if s < "m":
        out.append("<m")
    if s <= "m":
        out.append("<=m")
    if s == "m":
        out.append("==m")
    if s != "m":
        out.append("!=m")
    if s > "m":
        out.append(">m")
    if s >= "m":
        out.append(">=m")
    if "m" < s:
        out.append("m<")
    if "m" >= s:
        out.append("m>=")
    if not s < "m":
        out.append("not<m")
    if s == "é":
        out.append("e-acute")
    if s > "\u20ac":
        out.append(">euro")
    if s == "\U0001f600":
        out.append("smiley")
    return " ".join(out)


for w in ["", "a", "m", "ma", "m\x00", "z", "é", "€", "\U0001f600", "mm"]:
    print(repr(w), classify(w))


def membership(s: str) -> list[bool]:
    return [s in "aeiou", s not in "aeiou", s in "", s in "ei", s in "éö€", s not in "xyz"]


for w in ["a", "b", "", "ei", "ie", "é", "€", "aeiou", "aeioux"]:
    print(repr(w), membership(w))
    if w in "aeiou":
        print("  vowel(s)")
    if w not in "aeiou":
        print("  not vowels")


def chars(s: str) -> None:
    n = 0
    kinds: list[str] = []
    for ch in s:
        n += 1
        if "a" <= ch <= "z":
            kinds.append("l")
        elif "0" <= ch <= "9" or ch == "_":
            kinds.append("d")
        elif ch == " " or ch == "\n" or ch == "\t":
            kinds.append("s")
        elif not (ch < "\x80"):
            kinds.append("u")
        else:
            kinds.append("?")
    print(n, "".join(kinds))


chars("")
chars("hello world_42\tÀ€\U0001f600!\n")
chars("x" * 3)

s = "abc"
for ch in s:
    s = s + ch   # the loop goes on over the original str
    print(ch, s)
print([c for c in "héllo" if c != "l"])


def boolops(a: int, b: int, c: str) -> None:
    if a > 0 and b > 0 or c == "x":
        print("first", a, b, c)
    if not (a > 0 or b > 0) and c != "y":
        print("second", a, b, c)
    if (a == 1 or b == 1) and (c == "x" or c == "z"):
        print("third", a, b, c)
    while a > 0 and (b > 0 or c == "x"):
        a -= 1
        b -= 1
    print("after", a, b)
    x = "yes" if a == 0 and b <= 0 else "no"
    print(x)
    assert a >= 0 or b < 100, "never"
    try:
        assert a > 5 and c == "q", "failed " + c
    except AssertionError as e:
        print("AssertionError", e)


for args in [(1, 1, "x"), (0, 0, "x"), (1, 0, "z"), (0, 1, "y"), (3, 1, "q"), (7, 9, "q")]:
    boolops(args[0], args[1], args[2])


def chain(a: int, b: int, c: int) -> str:
    if a < b < c:
        return "up"
    if a > b > c:
        return "down"
    if a == b == c:
        return "flat"
    if not (a <= b <= c):
        return "not up"
    return "other"


print(chain(1, 2, 3), chain(3, 2, 1), chain(2, 2, 2), chain(1, 3, 2), chain(1, 1, 2))


def temps() -> None:
    # an operand that is a temporary owning an object: released on both paths
    if make("b1").name == "b1":
        print("b1 matched")
    if make("b2").name < "a":
        print("never")
    else:
        print("b2 not below a")
    if make("b3").name in "xb3y":
        print("b3 in")
    if make("b4").name not in "xyz" and make("b5").name == "b5":
        print("b4 b5")


temps()
print("end")


def ords() -> None:
    print(ord("a"), ord("é"), ord("€"), ord("\U0001f600"), chr(65), chr(233), chr(0x20ac), chr(0x1F600))
    for bad in ["", "ab"]:
        try:
            print(ord(bad))
        except TypeError as e:
            print("TypeError", e)
    for n in [-1, 0x110000, 2**40, 2**70]:
        try:
            print(chr(n))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    print("".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in "hello, wörld"))


ords()
