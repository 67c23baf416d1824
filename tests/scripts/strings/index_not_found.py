# Proves: str.index of a missing substring raises ValueError: substring not found.
s = "abc"
print(s.index("b"))
print(s.index("z"))
