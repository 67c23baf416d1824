# Proves: del removes a binding; the name can be bound again afterwards.
x = 5
print(x)
del x
x = 7
print(x)
items = [1, 2, 3, 4]
del items[1]
print(items)
del items[:2]
print(items)
