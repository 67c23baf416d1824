# proves: calls to builtins and methods with keyword arguments
words = ["b", "A", "c"]
assert sorted(words, key=str.lower, reverse=True) == ["c", "b", "A"]
print("a", "b", sep="-", end="\n")
assert max([1, 5, 3], key=lambda x: -x) == 1
assert int("ff", base=16) == 255
assert "a,b,c".split(",", maxsplit=1) == ["a", "b,c"]
assert list(enumerate("ab", start=1)) == [(1, "a"), (2, "b")]
