# Proves: chained comparisons evaluate each operand once and short-circuit.
calls: list[int] = []
def f(n: int) -> int:
    calls.append(n)
    return n
one, two, three = 1, 2, 3
print(one < two < three, three > two > two, one <= one < two != three)
print(f(1) < f(0) < f(5))
print(calls)
calls.clear()
print(f(1) < f(2) < f(3))
print(calls)
print(1 == 1.0, 2 != 2.0, "a" < "b" < "c")
