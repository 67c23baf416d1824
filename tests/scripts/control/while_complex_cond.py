# Proves: while with compound conditions and a counter (collatz).
def collatz(n: int) -> int:
    steps = 0
    while n != 1 and steps < 1000:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 15)], collatz(27), collatz(837799))
