# Proves: recursive generation of permutations and subsets.
def perms(xs: list[int]) -> list[list[int]]:
    if len(xs) <= 1:
        return [xs[:]]
    out: list[list[int]] = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
ps = perms([1, 2, 3, 4])
print(len(ps), ps[:3], ps[-1])
def subsets(xs: list[str]) -> list[str]:
    if not xs:
        return [""]
    rest = subsets(xs[1:])
    return rest + [xs[0] + r for r in rest]
print(sorted(subsets(["a", "b", "c"])))
