# proves: lambdas as sort keys, as Callable values and inline
from typing import Callable

pairs = [(2, "b"), (1, "a"), (3, "c")]
pairs.sort(key=lambda p: p[0])
assert [p[1] for p in pairs] == ["a", "b", "c"]
sq: Callable[[int], int] = lambda n: n * n
assert sq(4) == 16
assert sorted(["bb", "a", "ccc"], key=lambda s: -len(s)) == ["ccc", "bb", "a"]
assert list(map(lambda x: x + 1, [1, 2])) == [2, 3]
assert list(filter(lambda x: x > 1, [1, 2, 3])) == [2, 3]
