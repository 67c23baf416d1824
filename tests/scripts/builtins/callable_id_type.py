# Proves: callable, type, id equality for the same object.
xs = [1]
ys = xs
print(id(xs) == id(ys), id(xs) == id([1]), callable(len), callable(xs), type(xs) is list, type(3) == int)
