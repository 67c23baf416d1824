# proves: set[tuple[int, int]] manipulation: set comprehensions, tuple unpacking in loops, Counter of neighbours, frozenset
from collections import Counter

Cell = tuple[int, int]


def neighbours(cell: Cell) -> list[Cell]:
    x, y = cell
    return [(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]


def step(alive: set[Cell]) -> set[Cell]:
    counts = Counter(n for cell in alive for n in neighbours(cell))
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}


def render(alive: set[Cell], size: int) -> str:
    return "\n".join("".join("#" if (x, y) in alive else "." for x in range(size)) for y in range(size))


glider: set[Cell] = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
seen: set[frozenset[Cell]] = set()
for gen in range(4):
    seen.add(frozenset(state))
    state = step(state)
print(render(state, 5))
shifted = {(x - 1, y - 1) for x, y in state}
print(shifted == glider, len(seen), min(state), max(x for x, _ in state))
