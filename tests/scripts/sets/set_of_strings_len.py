# Proves: sets of strings deduplicate; output is sorted so it is deterministic.
words = "the cat and the dog and the bird".split()
uniq = set(words)
print(len(uniq), sorted(uniq))
print(sorted({w.upper() for w in words}))
