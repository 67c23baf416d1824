# proves: print with several arguments, sep, end, and no arguments
print()
print("a", 1, 2.5, None, True, [1], (2,), {"k": 3})
print("x", "y", sep=", ", end="!\n")
print(*[1, 2, 3])
