# proves: collections.deque element types are enforced
from collections import deque

q: deque[int] = deque()
q.append("x")  # E:10: Argument 1 to "append" of "deque" has incompatible type "str"; expected "int"
