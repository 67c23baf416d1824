# proves: nested list comprehensions, zip(*rows), tuple unpacking, enumerate with start, list[list[float]] math
Matrix = list[list[float]]


def identity(n: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def transpose(m: Matrix) -> Matrix:
    return [list(col) for col in zip(*m)]


def matmul(a: Matrix, b: Matrix) -> Matrix:
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def show(m: Matrix) -> str:
    return "\n".join(" ".join(f"{v:5.1f}" for v in row) for row in m)


a: Matrix = [[1, 2], [3, 4]]
b = [[0.5, 0.0], [0.0, 2.0]]
print(show(matmul(a, b)))
assert matmul(a, identity(2)) == a
for i, row in enumerate(transpose(a), start=1):
    print(i, row)
(p, q), (r, s) = a
print(p * s - q * r)
