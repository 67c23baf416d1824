# Proves: tuple index out of range raises IndexError: tuple index out of range.
t = (1, 2)
print(t[-2])
i = 2
print(t[i])
