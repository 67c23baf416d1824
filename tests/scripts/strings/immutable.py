# Proves: item assignment on a str is a TypeError caught at run time when typed as object.
s = "abc"
t = s.replace("a", "A")
print(s, t, s is not t)
print(s.upper() is s)
