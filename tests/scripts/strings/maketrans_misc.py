# Proves: str.count with start/end ranges and chained replace/split.
print("a-b_c".replace("-", " ").replace("_", " ").split())
print("Mississippi".count("ss"), "Mississippi".count("i", 2, 8), "aaaa".count("aa"))
print("abc".count("", 1), "abcabc".rfind("c", 0, 4), "abcabc".rindex("b"))
