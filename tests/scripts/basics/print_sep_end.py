# Proves: print's sep= and end= keywords, several values, and an empty print.
print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print()
print("x", "y", sep="-", end="!\n")
print(None, True, False, 1.5, "s")
