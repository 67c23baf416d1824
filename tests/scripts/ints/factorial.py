# Proves: a loop computing factorial(50) with bignum multiplication.
def fact(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20))
print(fact(21))
print(fact(50))
print(len(str(fact(100))))
