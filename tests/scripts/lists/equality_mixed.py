# Proves: list equality compares int and float elements by value.
print([1, 2.0] == [1.0, 2], [1] == [True], [0.5] != [0.5])
