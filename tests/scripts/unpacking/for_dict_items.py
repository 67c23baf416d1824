# Proves: unpacking in for loops over dict items and zip.
scores = {"ann": 3, "bob": 5}
for name, score in scores.items():
    print(f"{name}: {score}")
for (k, v), n in zip(scores.items(), range(10, 12)):
    print(k, v, n)
