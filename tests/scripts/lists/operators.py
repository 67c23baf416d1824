# Proves: + * += == < in on lists, comparison is lexicographic.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 3, [[0] * 2] * 2, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print(3 in a, 9 not in a, [1, [2]] == [1, [2]])
