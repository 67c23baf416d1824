# proves: dataclass fields used from methods; frozen dataclass as a dict key
from dataclasses import dataclass


@dataclass(frozen=True)
class Pos:
    row: int
    col: int

    def moved(self, dr: int, dc: int) -> "Pos":
        return Pos(self.row + dr, self.col + dc)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


grid: dict[Pos, str] = {Pos(0, 0): "start"}
grid[Pos(0, 0).moved(1, 1)] = "next"
assert grid[Pos(1, 1)] == "next"
assert Version(1, 2) < Version(2) and sorted([Version(3), Version(1)])[0].major == 1
