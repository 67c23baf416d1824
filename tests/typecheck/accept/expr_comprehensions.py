# proves: list, dict and set comprehensions with conditions and nested loops
squares = [x * x for x in range(5)]
evens = [x for x in range(10) if x % 2 == 0 if x > 2]
pairs = [(i, j) for i in range(3) for j in range(i)]
index = {w: len(w) for w in ["a", "bb"]}
letters = {c for c in "hello"}
matrix = [[r * 3 + c for c in range(3)] for r in range(2)]
assert squares == [0, 1, 4, 9, 16] and evens == [4, 6, 8]
assert pairs == [(1, 0), (2, 0), (2, 1)]
assert index == {"a": 1, "bb": 2} and letters == {"h", "e", "l", "o"}
assert matrix[1][2] == 5
inverted = {v: k for k, v in index.items()}
assert inverted[2] == "bb"
