# list and tuple share search, subscripting, repr and comparison (runtime/seqcommon.c):
# the same results for both, for tuple subclasses (NamedTuple), and with __eq__ that mutates a list.
from typing import NamedTuple


class P(NamedTuple):
    x: int
    y: int


class Shrinker:
    def __init__(self, target: list[object]) -> None:
        self.target = target

    def __eq__(self, other: object) -> bool:
        self.target.clear()
        return False


t = (1, 2, 3, 2, 1)
l = [1, 2, 3, 2, 1]
print(t.count(2), l.count(2), t.index(2), l.index(2), t.index(1, 1), l.index(1, -2), 3 in t, 4 in l)
print(t[1:4], l[1:4], t[::2], l[::-2], t[-1], l[-5], t[5:], l[:0], t[::-1])
print(repr(()), repr([]), repr((1,)), repr([1]), repr((1, "a", (2,))), repr([[], ()]))
p = P(3, 4)
print(p[0], p[1:], p[::-1], p.index(4), p.count(3), 4 in p, p < P(3, 5), p == (3, 4), (3, 4) <= p)
print((1, 2) < (1, 2, 3), [1, 2] < [1, 3], (2,) > (1, 9), [] == [], (1, [2]) == (1, [2]))
victim: list[object] = [1, 2, 3]
print(victim.count(Shrinker(victim)), victim)
victim = [1, 2, 3]
print(Shrinker(victim) in victim, victim)
victim = [1, 2, 3]
print([Shrinker(victim), 5] == [1, 5], victim)
nested: list[object] = [1]
nested.append(nested)
print(nested, (nested,))
nested.pop()  # break the cycle: tpy does not collect cycles at exit
try:
    print(t.index(9))
except ValueError as e:
    print("ValueError", e)
try:
    print(l.index(9))
except ValueError as e:
    print("ValueError", e)
try:
    k = 10
    print(t[k])
except IndexError as e:
    print("IndexError", e)
try:
    print(l[-10])
except IndexError as e:
    print("IndexError", e)
it = iter(t)
print(next(it), list(it), list(it), list(reversed(l)), sum(x for x in l))
