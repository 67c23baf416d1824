# Proves: sorting by tuples of keys and by a negated numeric key.
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w)))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=lambda n: abs(n)), sorted(nums, key=lambda n: n * n, reverse=True))
