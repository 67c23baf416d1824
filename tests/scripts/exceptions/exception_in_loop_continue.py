# Proves: handling errors inside a loop and continuing.
results = []
for d in [2, 0, 5, 0, 1]:
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(-1)
        continue
print(results)
