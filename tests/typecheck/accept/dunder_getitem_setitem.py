# proves: __getitem__ and __setitem__ drive indexing and item assignment
class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.cells = [0] * (w * h)

    def __getitem__(self, pos: tuple[int, int]) -> int:
        return self.cells[pos[1] * self.w + pos[0]]

    def __setitem__(self, pos: tuple[int, int], value: int) -> None:
        self.cells[pos[1] * self.w + pos[0]] = value


g = Grid(3, 2)
g[2, 1] = 7
g[0, 0] += 1
assert g[2, 1] == 7 and g[0, 0] == 1 and sum(g.cells) == 8
