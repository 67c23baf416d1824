# Proves: a traceback through a lambda passed as a sort key.
words = ["bb", "a", ""]
print(sorted(words, key=lambda w: w[0]))
