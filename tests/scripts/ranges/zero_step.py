# Proves: range with step 0 raises ValueError: range() arg 3 must not be zero.
print(list(range(1, 3, 1)))
print(range(1, 3, 0))
