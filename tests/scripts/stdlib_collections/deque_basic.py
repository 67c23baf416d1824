# Proves: collections.deque append/appendleft/pop/popleft/extend/rotate/len.
from collections import deque
d: deque[int] = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.extend([3, 4])
d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-1)
print(list(d), 3 in d)
