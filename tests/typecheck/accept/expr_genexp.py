# proves: generator expressions passed to sum/any/all/max/min, tuple, join
words = ["apple", "kiwi", "banana"]
assert sum(len(w) for w in words) == 15
assert any(w.startswith("k") for w in words)
assert all(len(w) > 3 for w in words)
assert max(len(w) for w in words) == 6
assert min((len(w), w) for w in words) == (4, "kiwi")
assert tuple(w[0] for w in words) == ("a", "k", "b")
assert "-".join(w.upper() for w in words if "a" in w) == "APPLE-BANANA"
gen = (i * 2 for i in range(3))
assert next(gen) == 0 and list(gen) == [2, 4]
