# Proves: a builtin function (abs, len, str.lower) as the sort key.
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(["bb", "a", "ccc"], key=len), sorted(["b", "A", "c"], key=str.lower))
