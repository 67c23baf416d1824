# proves: while loops with an else clause, break and continue
def find_factor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def odd_sum(limit: int) -> int:
    i = 0
    s = 0
    while i < limit:
        i += 1
        if i % 2 == 0:
            continue
        s += i
    return s


assert find_factor(15) == 3 and find_factor(13) == 13
assert odd_sum(5) == 9
