# proves: common builtins: len, min, max, sum, abs, zip, enumerate, reversed, sorted, any, all, isinstance
xs = [3, 1, 2]
assert len(xs) == 3 and min(xs) == 1 and max(xs) == 3 and sum(xs) == 6
assert list(zip(xs, "abc")) == [(3, "a"), (1, "b"), (2, "c")]
assert list(reversed(xs)) == [2, 1, 3] and sorted(xs) == [1, 2, 3]
assert any(x > 2 for x in xs) and all(x > 0 for x in xs)
assert isinstance(xs, list) and not isinstance(xs, dict)
assert min(4, 2, 8) == 2 and max(1.5, 2) == 2
assert list(map(str, xs)) == ["3", "1", "2"]
assert id(xs) == id(xs) and hash(1) == 1
assert round(2.5) == 2 and round(3.7) == 4
