# Proves: negative indexes beyond the start raise IndexError.
xs = [1, 2, 3]
print(xs[-3])
print(xs[-4])
