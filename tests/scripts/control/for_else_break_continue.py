# Proves: for/else with break and continue, prime search.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
print(total)
