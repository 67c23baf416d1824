# Proves: iter() and next() with and without defaults; iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
vals = [3, 2, 1, 0, 5]
def pop_front() -> int:
    return vals.pop(0)
print(list(iter(pop_front, 0)), vals)
