# Proves: h = h * 31 + ord(c) loops overflow into bignums like CPython.
def h(s: str) -> int:
    v = 0
    for c in s:
        v = v * 31 + ord(c)
    return v
print(h("hello"))
print(h("the quick brown fox jumps over the lazy dog"))
m = 0
for c in "masked hash":
    m = (m * 31 + ord(c)) & 0xFFFFFFFF
print(m)
