# bytearray: construction, interop with bytes, slicing and slice assignment,
# the mutating methods, the shared bytes methods, errors.
ba = bytearray(b"hello world")
print(ba, len(ba), ba[0], ba[-1], ba[1:4], ba[::2], ba[::-1])
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray("héllo", "utf-8"))
print(bytearray(range(65, 70)), bytearray(b"x") * 3, 2 * bytearray(b"ab"))
print(ba == bytearray(b"hello world"), ba != bytearray(b"hello"), ba < b"z", ba >= bytearray(b"a"))
print(bytes(ba), ba + b"!", type(ba + b"!").__name__, ba + ba)
print(b"wor" in ba, 111 in ba, bytearray(b"lo") in ba, b"xyz" in ba)
try:
    hash(ba)
except TypeError as e:
    print("TypeError:", e)
ba[0] = 72
ba[1:5] = b"EY"
print(ba)
ba[0:0] = bytearray(b">>")
ba[-1:] = [33, 33]
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[::3]
print(ba)
del ba[1:3]
del ba[-1]
print(ba)
b2 = bytearray(b"abcdef")
b2[1:3] = b""
print(b2)
b2[5:] = b"XY"
print(b2)
b2.append(0x7a)
b2.extend(b"12")
b2.extend([51, 52])
b2.extend(bytearray(b"5"))
b2.insert(0, 48)
b2.insert(-1, 57)
b2.insert(100, 56)
print(b2, b2.pop(), b2.pop(0), b2)
b2.remove(ord("z"))
b2.reverse()
print(b2)
c = b2.copy()
c.clear()
print(c, b2, len(c))
x = bytearray(b"ab")
y = x
x += b"cd"
x *= 2
print(x, y, x is y)
t = bytearray(b"  Some Text, here  ")
print(t.strip(), t.upper(), t.lower(), t.split(), t.split(b","), t.replace(b"e", b"E"))
print(t.find(b"Text"), t.count(b"e"), t.index(b"S"), t.startswith(b"  S"), t.endswith(b"  "))
print(t.decode(), t.hex(), bytearray.fromhex("41 42 ff"), bytearray(b"\x00\xff").hex(":"))
print(t.partition(b","), bytearray(b"-").join([b"a", bytearray(b"b")]))
print(t.center(25, b"*"), t.zfill(22), t.isalpha(), bytearray(b"abc").isalpha())
print(bytearray(b"a'b"), bytearray(b'a"b'), repr(bytearray(b"\n\t\\")), str(bytearray(b"s")))
print(list(bytearray(b"AB")), [c for c in bytearray(b"xy")], sorted(bytearray(b"cab")))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"").pop()
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray(b"a").remove(98)
except ValueError as e:
    print("ValueError:", e)
try:
    print(ba[100])
except IndexError as e:
    print("IndexError:", e)
try:
    ba[0:1] = 5  # type: ignore
except TypeError as e:
    print("TypeError:", e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"a") + "b"  # type: ignore
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"a").extend(3)  # type: ignore
except TypeError as e:
    print("TypeError:", e)
d = {bytes(bytearray(b"k")): 1}
print(d[b"k"], bytearray(b"k").decode("ascii"), bytearray(b"abc")[1], bytearray(5)[2:])
