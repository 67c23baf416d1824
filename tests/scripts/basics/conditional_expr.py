# Proves: the conditional expression and nested conditionals.
for n in range(-2, 3):
    kind = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, kind)
print("yes" if [] else "no")
