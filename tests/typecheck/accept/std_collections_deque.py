# proves: collections.deque as a queue and a bounded buffer
from collections import deque

q: deque[int] = deque()
q.append(1)
q.append(2)
q.appendleft(0)
assert q.popleft() == 0 and q.pop() == 2 and len(q) == 1
window: deque[str] = deque(maxlen=2)
for s in "abc":
    window.append(s)
assert list(window) == ["b", "c"] and window[0] == "b"
d = deque([1, 2, 3])
d.rotate(1)
assert list(d) == [3, 1, 2] and 3 in d
d.extend([4])
d.extendleft([0])
assert d[0] == 0 and d[-1] == 4
