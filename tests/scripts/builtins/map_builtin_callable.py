# Proves: map with a builtin type or function as the callable (str, abs).
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])))
