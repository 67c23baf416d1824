# Proves: recursive Towers of Hanoi move count and first moves.
moves: list[tuple[int, int]] = []
def hanoi(n: int, a: int, b: int, c: int) -> None:
    if n == 0:
        return
    hanoi(n - 1, a, c, b)
    moves.append((a, c))
    hanoi(n - 1, b, a, c)
hanoi(10, 1, 2, 3)
print(len(moves), moves[:5])
