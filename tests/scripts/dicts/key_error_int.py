# Proves: KeyError for an int key and for a tuple key; del of a missing key.
d = {1: "one"}
try:
    del d[2]
except KeyError as e:
    print("caught:", e)
dt = {(1, 2): 3}
print(dt[(1, 3)])
