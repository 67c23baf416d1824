# Proves: a mutable default is shared between calls, as in CPython.
def add(x: int, acc: list[int] = []) -> list[int]:
    acc.append(x)
    return acc
print(add(1), add(2), add(3, []), add(4))
