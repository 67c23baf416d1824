# Proves: starred assignment targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = list("abcd")
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
t: list[int]
h, *t = [9]
print(h, t)
