# Proves: *args and **kwargs collect extra arguments; star-unpacking at call sites.
def f(*args: int, **kwargs: str) -> None:
    print(args, sorted(kwargs.items()))
f()
f(1, 2, 3)
f(1, a="x", b="y")
nums = [4, 5]
opts = {"k": "v"}
f(*nums, **opts)
f(0, *nums, 9)
def total(*xs: float) -> float:
    return sum(xs)
print(total(1, 2.5, 3))
