# Proves: comprehension variables do not leak; they can read enclosing variables.
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
n = 10
print([i + n for i in range(3)])
