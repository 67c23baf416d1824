# Proves: the walrus operator in while, if and comprehensions.
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while (v := data[i]) != 9:
    i += 1
print(i, v)
if (n := len(data)) > 5:
    print("long", n)
evens = [y for x in data if (y := x * 2) > 6]
print(evens)
