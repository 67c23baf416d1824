# Proves: any/all with short-circuit over generators and empty iterables.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]))
def loud(v: int) -> int:
    print("check", v)
    return v
print(any(loud(v) for v in [0, 2, 3]))
print(all(loud(v) for v in [1, 0, 3]))
