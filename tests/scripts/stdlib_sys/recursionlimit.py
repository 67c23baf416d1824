# Proves: getrecursionlimit is 1000 by default and setrecursionlimit changes it.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
