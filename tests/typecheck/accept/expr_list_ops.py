# proves: list concatenation, repetition, comparison, copy, count, remove, clear
a = [1, 2] + [3]
b = [0] * 3
assert a == [1, 2, 3] and b == [0, 0, 0]
c = a.copy()
c.remove(2)
assert c == [1, 3] and a.count(1) == 1
c.clear()
assert c == [] and a[-1] == 3
a += [4]
a.reverse()
assert a == [4, 3, 2, 1]
