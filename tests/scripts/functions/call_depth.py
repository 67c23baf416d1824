# Proves: deep (but legal) recursion of 900 frames works.
def depth(n: int) -> int:
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
