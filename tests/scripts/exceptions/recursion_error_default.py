# Proves: unbounded recursion raises RecursionError at the default limit, not a crash.
def down(n: int) -> int:
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
down(0)
