# Proves: deque as a BFS queue over a grid graph.
from collections import deque
grid = ["..#.", "..#.", "....", "#..."]
start = (0, 0)
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print(dist[(0, 3)], len(dist))
