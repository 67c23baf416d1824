# Proves: strip/lstrip/rstrip with and without chars, replace with count, removeprefix/suffix.
print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("  a ".lstrip()), repr(" a  ".rstrip()))
print("aaaa".replace("a", "b", 2), "hello".replace("l", ""), "abc".replace("", "-"))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "x".removeprefix("y"))
