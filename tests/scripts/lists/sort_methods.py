# Proves: list.sort in place, with key and reverse, returns None.
xs = [3, 1, 2]
xs.sort()
print(xs)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
