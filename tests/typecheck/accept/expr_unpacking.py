# proves: tuple unpacking, nested unpacking, swaps and starred targets
a, b = 1, "x"
b2, a2 = a, b
(p, q), r = (1, 2), 3
first, *rest = [1, 2, 3]
*init, last = (1, 2, 3)
h, *mid, t = ["a", "b", "c", "d"]
assert a2 == "x" and b2 == 1 and p + q + r == 6
assert first == 1 and rest == [2, 3] and init == [1, 2] and last == 3
assert h == "a" and mid == ["b", "c"] and t == "d"
for i, (k, v) in enumerate([("a", 1)]):
    assert i == 0 and k == "a" and v == 1
x, y = 1, 2
x, y = y, x
assert (x, y) == (2, 1)
merged = [*rest, *init]
assert merged == [2, 3, 1, 2]
