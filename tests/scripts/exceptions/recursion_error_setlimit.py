# Proves: sys.setrecursionlimit lowers the limit; depth 150 fails at limit 100 but 50 works.
import sys
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def depth(n: int) -> int:
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50))
try:
    depth(150)
except RecursionError:
    print("RecursionError at limit 100")
sys.setrecursionlimit(5000)
print(depth(3000))
depth(10000)
