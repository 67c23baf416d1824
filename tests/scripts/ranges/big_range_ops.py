# Ranges beyond 63 bits: items, membership, iteration, reversed, repr,
# equality and hash, attributes, count/index, errors.
big = 10 ** 20
r = range(big, big + 10, 3)
print(r, len(r), list(r), list(reversed(r)), r[0], r[-1], r.start, r.stop, r.step)
print(big + 3 in r, big + 4 in r, r.count(big + 6), r.index(big + 9), 5 in r)
print(r == range(big, big + 12, 3), r == range(big, big + 10, 2), hash(r) == hash(range(big, big + 11, 3)))
s = range(-big, big, big // 2)
print(s, len(s), [x for x in s], bool(range(big, big)), bool(s))
d = range(big, -big, -7 * big // 5)
print(list(d), len(d), d[1], -big // 5 in d)
print(sum(range(2 ** 70, 2 ** 70 + 5)), max(range(-big, -big + 9, 3)))
huge = range(0, 2 ** 80, 2 ** 10)
print(huge[-1], huge[2 ** 60], 2 ** 79 in huge, 2 ** 79 + 1 in huge, huge.index(2 ** 75))
print(range(3) == range(big, big + 3), range(0) == range(big, big))
for bad in [lambda: len(huge), lambda: huge[2 ** 70], lambda: r.index(big + 1)]:
    try:
        bad()
    except (OverflowError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(0, big, 0)
except ValueError as e:
    print("ValueError:", e)
