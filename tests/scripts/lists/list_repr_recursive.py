# Proves: a list that contains itself prints as [...].
# live-objects: cycles
xs: list[object] = [1, 2]
xs.append(xs)
print(xs)
