# proves: walrus in comprehensions and while loops
data = [1, 4, 9, 16]
roots = [r for x in data if (r := int(x ** 0.5)) % 2 == 0]
assert roots == [2, 4]
items = [3, 2, 1]
total = 0
while (n := len(items)) > 0:
    total += items.pop() * n
assert total == 1 * 3 + 2 * 2 + 3 * 1
