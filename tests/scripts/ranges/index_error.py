# Proves: range index out of range raises IndexError: range object index out of range.
r = range(3)
print(r[2])
print(r[3])
