# proves: range as an annotation and as an iterable
r: range = range(1, 10, 3)
assert list(r) == [1, 4, 7]
assert len(r) == 3 and r[1] == 4
total = 0
for i in range(5):
    total += i
assert total == 10
assert list(range(5, 0, -2)) == [5, 3, 1]
