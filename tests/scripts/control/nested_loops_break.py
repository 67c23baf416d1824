# Proves: break only leaves the innermost loop; flags propagate outward.
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found is not None:
        break
print(found)
