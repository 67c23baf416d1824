# Proves: while/else runs the else only when the loop was not broken.
n = 0
while n < 3:
    n += 1
else:
    print("completed", n)
while True:
    n += 1
    if n > 5:
        break
else:
    print("never")
print("broke at", n)
