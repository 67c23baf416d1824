# Proves: memoized recursion with a dict gives big fibonacci numbers.
memo: dict[int, int] = {}
def fib(n: int) -> int:
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    v = fib(n - 1) + fib(n - 2)
    memo[n] = v
    return v
print(fib(90), fib(300))
