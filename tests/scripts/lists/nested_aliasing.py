# Proves: [[0]*n]*m aliases the rows; a comprehension does not.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
