# Proves: deque(maxlen=n) drops items from the other end.
from collections import deque
d: deque[int] = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d))
print(d.maxlen, d)
