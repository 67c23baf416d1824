# Proves: NamedTuples hash like tuples and work as dict keys and set members.
from typing import NamedTuple
class Cell(NamedTuple):
    r: int
    c: int
grid = {Cell(0, 0): "a", Cell(0, 1): "b"}
print(grid[Cell(0, 1)], (0, 0) in grid, len({Cell(1, 1), Cell(1, 1)}))
