# proves: slicing with start, stop and step on lists, strings, tuples and bytes
xs = list(range(10))
assert xs[2:5] == [2, 3, 4] and xs[:3] == [0, 1, 2] and xs[7:] == [7, 8, 9]
assert xs[::3] == [0, 3, 6, 9] and xs[::-1][0] == 9 and xs[-2:] == [8, 9]
assert xs[8:2:-2] == [8, 6, 4]
s = "abcdef"
assert s[1:3] == "bc" and s[::-1] == "fedcba" and s[-1] == "f"
t = (1, 2, 3)
assert t[1:] == (2, 3)
assert b"abc"[1:] == b"bc"
xs[0:2] = [100]
assert xs[:2] == [100, 2]
