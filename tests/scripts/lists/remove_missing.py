# Proves: list.remove of a missing value raises ValueError: list.remove(x): x not in list.
xs = [1, 2]
try:
    xs.index(7)
except ValueError as e:
    print("caught:", e)
xs.remove(3)
