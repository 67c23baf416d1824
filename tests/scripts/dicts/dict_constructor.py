# Proves: dict() from pairs, from keywords, and dict comprehension with | merge.
print(dict([("a", 1), ("b", 2)]), dict(zip("abc", range(3))))
a = {"k": 1, "j": 2}
b = {"k": 3}
print(a | b, b | a)
a |= {"new": 9}
print(a)
