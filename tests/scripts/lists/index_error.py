# Proves: list index out of range raises IndexError: list index out of range.
xs = [1, 2, 3]
try:
    xs[5] = 1
except IndexError as e:
    print("caught:", e)
print(xs[3])
