# Proves: list comprehensions with conditions and nested loops.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in "hey" if c != "e"])
