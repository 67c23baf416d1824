# Proves: len counts code points; indexing and slicing work on code points.
s = "héllo wörld"
print(len(s), s[1], s[-1], s[1:4], s[::-1])
e = "a\U0001F600b"
print(len(e), e[1], e[2], ord(e[1]))
print(len(""), len("日本"), "日本"[1])
