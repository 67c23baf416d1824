# Proves: enumerate with start, zip of unequal lengths, zip(strict=True) error.
print(list(enumerate("abc")), list(enumerate([10, 20], start=5)))
print(list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3), range(3))))
names = ["a", "b"]
ages = [1, 2, 3]
print(list(zip(names, ages, strict=True)))
