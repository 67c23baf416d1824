# Proves: plain recursion (fib) and mutual recursion (even/odd).
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)
def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)
print([fib(i) for i in range(15)], fib(22))
print(is_even(10), is_odd(7), is_even(7))
