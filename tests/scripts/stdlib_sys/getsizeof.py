# Proves: sys.getsizeof grows with container and string sizes (relations only).
import sys
print(sys.getsizeof([1, 2, 3, 4, 5, 6, 7, 8]) > sys.getsizeof([]))
print(sys.getsizeof("a" * 1000) > sys.getsizeof("a"))
print(sys.getsizeof(2 ** 1000) > sys.getsizeof(1))
print(sys.getsizeof(0) > 0)
