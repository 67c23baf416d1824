# Proves: a list that contains itself prints as [...].
xs: list[object] = [1, 2]
xs.append(xs)
print(xs)
