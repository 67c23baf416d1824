# Proves: pop from an empty list raises IndexError: pop from empty list.
xs: list[int] = [1]
print(xs.pop())
print(xs.pop())
