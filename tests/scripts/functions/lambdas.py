# Proves: lambdas as values, in sorted keys, returning lambdas.
from typing import Callable
double: Callable[[int], int] = lambda x: x * 2
print(double(4))
def make_adder(n: int) -> Callable[[int], int]:
    return lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]))
fs: list[Callable[[int], int]] = [lambda x: x + 1, lambda x: x * x]
print([f(3) for f in fs])
