# Proves: for-loops over range with a loop-carried sum, and sum(range()).
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)), sum(range(0, 1000000, 3)))
