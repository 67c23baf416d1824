# Proves: a set of small non-negative ints prints in ascending order (hash = value).
print({5, 3, 1, 4, 2, 0})
print(set(range(8)))
print({0})
