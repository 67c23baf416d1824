# Proves: comprehensions inside functions see locals; generators capture lazily.
def f(n: int) -> list[int]:
    base = 100
    return [base + i for i in range(n)]
print(f(3))
def g() -> list[int]:
    k = 2
    gen = (k * i for i in range(3))
    k = 10
    return list(gen)
print(g())
