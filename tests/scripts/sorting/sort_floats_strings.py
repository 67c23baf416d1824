# Proves: sorting floats with inf/-inf and strings with unicode.
print(sorted([3.5, -1.0, float("inf"), 0.0, -0.0, float("-inf"), 2.25]))
print(sorted(["b", "A", "a", "B", "é", "e", "Z"]))
