# proves: __hash__ with __eq__ makes user objects usable as dict keys and set items
class Cell:
    def __init__(self, r: int, c: int) -> None:
        self.r = r
        self.c = c

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cell):
            return NotImplemented
        return (self.r, self.c) == (other.r, other.c)

    def __hash__(self) -> int:
        return hash((self.r, self.c))


board: dict[Cell, str] = {Cell(0, 0): "x"}
board[Cell(0, 0)] = "o"
assert len(board) == 1 and board[Cell(0, 0)] == "o"
assert Cell(1, 2) in {Cell(1, 2)}
