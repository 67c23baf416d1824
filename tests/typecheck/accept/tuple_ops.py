# proves: tuples: concatenation, comparison, count/index, as dict keys, unpacking returns
def minmax(xs: list[int]) -> tuple[int, int]:
    return min(xs), max(xs)


lo, hi = minmax([3, 1, 4])
t = (1, 2) + (3,)
assert (lo, hi) == (1, 4) and t == (1, 2, 3) and t.count(2) == 1 and t.index(3) == 2
grid: dict[tuple[int, int], str] = {(0, 1): "a"}
assert grid[(0, 1)] == "a" and (1, 2) < (1, 3)
