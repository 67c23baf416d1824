# Proves: recursion close to the default limit (950 frames) succeeds.
def depth(n: int) -> int:
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(950))
