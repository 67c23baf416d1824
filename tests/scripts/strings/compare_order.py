# Proves: string comparison is by code point; sorting strings.
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z")
words = ["pear", "Apple", "banana", "apple", "Éclair", "cherry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(min(words), max(words))
