# Proves: UTF-8 source, identifiers and strings with non-ASCII code points.
café = "crème brûlée"
π = 3.14159
print(café, len(café))
print(π)
print("日本語", len("日本語"))
print("emoji: \U0001F600", len("\U0001F600"))
