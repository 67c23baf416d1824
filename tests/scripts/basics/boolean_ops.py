# Proves: and/or return operands, not returns bool, short-circuit evaluation.
def loud(v: int) -> int:
    print("eval", v)
    return v
print(loud(0) and loud(1))
print(loud(2) and loud(3))
print(loud(0) or loud(4))
print(loud(5) or loud(6))
print(not 0, not 7)
a: list[int] = []
b = a or [1, 2]
print(b)
print("" or "default", "x" and "y")
