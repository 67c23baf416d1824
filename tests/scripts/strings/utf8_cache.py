# Proves: non-ASCII strs of every width encode, print, hash and compare
# correctly after their UTF-8 form is cached (it lives after the data), and
# sys.getsizeof of a str grows with its width and length.
import sys

words = ["héllo", "wörld", "€uro", "𝄞clef", "ascii", "", "ÿ", "\u0100"]
for w in words:
    e = w.encode()
    print(w, len(w), e, e.decode() == w, hash(w) == hash(e.decode()))
    print(w)   # second output reuses the cached UTF-8
big = "ä" * 1000 + "€" * 1000 + "𝄞"
print(len(big), len(big.encode()), big[-3:])
print(sys.getsizeof("a" * 10) < sys.getsizeof("é" * 10) < sys.getsizeof("€" * 10) < sys.getsizeof("𝄞" * 10))
print(sys.getsizeof("abc") < sys.getsizeof("abcdefghijklmnop"))
print(" ".join(words).split(" ") == words[:5] + [""] + words[6:])
