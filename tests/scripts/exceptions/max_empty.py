# Proves: max() of an empty sequence raises ValueError: max() arg is an empty sequence.
xs: list[int] = []
print(max(xs, default=0))
print(max(xs))
