# Proves: popping an empty deque raises IndexError: pop from an empty deque.
from collections import deque
d: deque[str] = deque(["x"])
print(d.popleft())
print(d.pop())
