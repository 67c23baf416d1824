# Proves: an error at module level after several statements.
a = 1
b = [a, a + 1]
c = {"k": b}
print(c)
d = c["k"][5]
